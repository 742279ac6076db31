import type { ProfileRef } from '../../core/profile.ts';
import type { QueueSummary, Result } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { ColorDot } from '../ui/ColorDot.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { userWhenInZone } from './user-time.ts';
import { waitingState } from './waiting-state.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

export interface ScheduledRepliesProps {
  /** Null until the worker answered (or when it failed: see `error`). */
  summary: QueueSummary | null;
  error: Failure | null;
  /** The clients known to the popup, to name each reply's client. */
  profiles: readonly ProfileRef[];
  zone: string;
  clock: '12h' | '24h';
  now: string;
  /** Opens the options page's queue, where every reply can be cancelled, re-timed or sent. */
  openQueue: () => void;
}

/**
 * The next five replies waiting to go out (DESIGN §2.6) — held by the provider's scheduler or
 * by Red Cup's own queue — and how many wait per client. Built from `queue/summary`, which stays
 * cheap with 10,000 entries stored.
 */
export function ScheduledReplies({ summary, error, profiles, zone, clock, now, openQueue }: ScheduledRepliesProps) {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const named = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const p = byId.get(id);
      return p === undefined ? [] : [p];
    });
  const more = summary === null ? 0 : summary.waiting - summary.next.length;
  return (
    <section
      class="rc-scheduled"
      aria-labelledby="popup-scheduled-title"
      data-queue-ready={summary !== null ? '' : undefined}
    >
      <h2 id="popup-scheduled-title" class="rc-popup__subtitle">
        Scheduled replies
      </h2>
      {error !== null ? <ResultError title="Your scheduled replies could not be loaded." error={error} /> : null}
      {summary !== null && summary.attention > 0 ? (
        <p class="rc-notice rc-notice--warning" role="status">
          {summary.attention === 1 ? '1 reply needs you' : `${summary.attention} replies need you`}: Red Cup could not
          send {summary.attention === 1 ? 'it' : 'them'} on its own.
        </p>
      ) : null}
      {summary !== null && summary.waiting === 0 ? <p class="rc-muted">No replies are scheduled.</p> : null}
      {summary !== null && summary.next.length > 0 ? (
        <ul class="rc-scheduled__list" aria-label="Scheduled replies">
          {summary.next.map((e) => {
            const clients = named(e.profileIds);
            const state = waitingState(e);
            return (
              <li key={e.id} class="rc-scheduled__item">
                {/* The spaces keep the parts apart in the text a screen reader reads out. */}
                <span class="rc-scheduled__when">{userWhenInZone(e.dueAt, zone, clock, now)}</span>{' '}
                <span class="rc-scheduled__to">To {e.recipients.join(', ')}</span>{' '}
                <span class="rc-scheduled__subject">{e.subject.trim() === '' ? '(no subject)' : e.subject}</span>{' '}
                {state !== null ? (
                  <span
                    class={
                      state.attention ? 'rc-scheduled__state rc-scheduled__state--attention' : 'rc-scheduled__state'
                    }
                  >
                    {state.text}
                  </span>
                ) : null}{' '}
                {clients.length > 0 ? (
                  <span class="rc-scheduled__clients">
                    {clients.map((c) => (
                      <span key={c.id} class="rc-scheduled__client">
                        <ColorDot color={c.color} />
                        {c.name}{' '}
                      </span>
                    ))}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {more > 0 ? <p class="rc-muted">and {more} more</p> : null}
      {summary !== null && summary.perProfile.length > 0 ? (
        <ul class="rc-scheduled__counts" aria-label="Waiting per client">
          {summary.perProfile.map(({ profileId, waiting }) => {
            const client = byId.get(profileId);
            return (
              <li key={profileId} class="rc-scheduled__count">
                {client !== undefined ? <ColorDot color={client.color} /> : null}
                {client?.name ?? 'A deleted client'}: {waiting}
              </li>
            );
          })}
        </ul>
      ) : null}
      {summary !== null && summary.waiting > 0 ? <Button onClick={openQueue}>Manage scheduled replies</Button> : null}
    </section>
  );
}
