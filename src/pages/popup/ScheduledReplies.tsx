import type { ProfileRef } from '../../core/profile.ts';
import type { QueueListing, Result } from '../../messaging/protocol.ts';
import { ColorDot } from '../ui/ColorDot.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { upcomingReplies } from './scheduled.ts';
import { userWhenInZone } from './user-time.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

export interface ScheduledRepliesProps {
  queue: QueueListing;
  error: Failure | null;
  /** The clients known to the popup, to name each reply's client. */
  profiles: readonly ProfileRef[];
  zone: string;
  clock: '12h' | '24h';
  now: string;
}

/** The next replies the provider's own scheduler will send (DESIGN §2.6), soonest first. */
export function ScheduledReplies({ queue, error, profiles, zone, clock, now }: ScheduledRepliesProps) {
  const { shown, more } = upcomingReplies(queue.entries, now);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const unreadable = queue.invalid.length;
  return (
    <section class="rc-scheduled" aria-labelledby="popup-scheduled-title">
      <h2 id="popup-scheduled-title" class="rc-popup__subtitle">
        Scheduled replies
      </h2>
      {error !== null ? <ResultError title="Your scheduled replies could not be loaded." error={error} /> : null}
      {error === null && shown.length === 0 ? <p class="rc-muted">No replies are scheduled.</p> : null}
      {shown.length > 0 ? (
        <ul class="rc-scheduled__list" aria-label="Scheduled replies">
          {shown.map((e) => {
            const clients = e.profileIds.flatMap((id) => {
              const p = byId.get(id);
              return p === undefined ? [] : [p];
            });
            return (
              <li key={e.id} class="rc-scheduled__item">
                {/* The spaces keep the parts apart in the text a screen reader reads out. */}
                <span class="rc-scheduled__when">{userWhenInZone(e.dueAt, zone, clock, now)}</span>{' '}
                <span class="rc-scheduled__to">To {e.recipients.join(', ')}</span>{' '}
                <span class="rc-scheduled__subject">{e.subject.trim() === '' ? '(no subject)' : e.subject}</span>{' '}
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
      {unreadable > 0 ? (
        <p class="rc-notice rc-notice--warning">
          {unreadable === 1 ? '1 stored scheduled reply could not be read.' : `${unreadable} stored scheduled replies could not be read.`}
        </p>
      ) : null}
    </section>
  );
}
