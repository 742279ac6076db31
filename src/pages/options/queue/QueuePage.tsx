import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientProfile, Settings } from '../../../core/profile.ts';
import type { QueueEntry } from '../../../core/queue-types.ts';
import type { Result } from '../../../messaging/protocol.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ResultError } from '../../ui/ResultError.tsx';
import { call } from '../../ui/rpc.ts';
import { InvalidRecords } from '../InvalidRecords.tsx';
import { filterEntries, PAGE_SIZE, STATE_FILTERS, type StateFilter } from './queue-model.ts';
import { QueueRow, type RowActions } from './QueueRow.tsx';
import { useQueueListing } from './use-queue-listing.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

export interface QueuePageProps {
  profiles: readonly ClientProfile[];
  settings: Settings;
  userZone: string;
  onBack: () => void;
}

/**
 * Every scheduled reply (DESIGN §5, issue 4 point 5), filtered by client and state: cancel,
 * change the time, send now (through triage when outside the boundary) or open it in a compose
 * window; replies held by the provider's own scheduler link to its Scheduled folder.
 */
export function QueuePage({ profiles, settings, userZone, onBack }: QueuePageProps) {
  const { listing, error, at, reload } = useQueueListing();
  const [client, setClient] = useState('all');
  const [state, setState] = useState<StateFilter>('waiting');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ title: string; error: Failure } | null>(null);
  const [cancelling, setCancelling] = useState<QueueEntry | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const entries = listing === null ? [] : filterEntries(listing.entries, client, state, at);

  /** Runs one worker action; announces its message, or shows why it was refused (nothing changed then). */
  const run = async <T,>(
    title: string,
    action: () => Promise<Result<T>>,
    message: (value: T) => string,
    important = false,
  ) => {
    setActionError(null);
    setNotice(null);
    const answer = await action();
    if (answer.ok) {
      if (important) setNotice(message(answer.value));
      else setStatus(message(answer.value));
    } else setActionError({ title, error: answer.error });
    await reload();
  };

  const actions: RowActions = {
    cancel: (entry) => setCancelling(entry),
    retime: (entry, dueAt) =>
      run(
        'The time was not changed.',
        () => call('queue/retime', { id: entry.id, dueAt }),
        () => `“${entry.subject}” now goes out at its new time.`,
      ),
    sendNow: (entry, triage) =>
      run(
        'The reply was not sent.',
        () => call('queue/send-now', { id: entry.id, triage }),
        (e) =>
          e.status === 'sent'
            ? `“${entry.subject}” was sent.`
            : `“${entry.subject}” is on its way (${e.status === 'sending' ? 'being sent' : 'it will be retried'}).`,
      ),
    openInCompose: (entry) =>
      run(
        'The reply was not opened.',
        () => call('queue/open-in-compose', { id: entry.id }),
        (v) => v.message,
      ),
    settleSent: (entry) =>
      run(
        'The reply was not marked as sent.',
        () => call('queue/settle-sent', { id: entry.id }),
        () => `“${entry.subject}” is marked as sent; Red Cup deleted its text.`,
      ),
  };

  const damaged = {
    open: (key: string) =>
      run(
        'The reply was not opened.',
        () => call('queue/open-damaged', { key }),
        (v) => v.message,
        true,
      ),
    remove: (key: string) =>
      run(
        'The record was not deleted.',
        () => call('queue/delete-damaged', { key }),
        (v) => v.message,
      ),
  };

  const confirmCancel = async (entry: QueueEntry) => {
    setCancelling(null);
    // A provider's hand-off Red Cup cannot cancel itself comes back as `manual` with the way to do it: shown prominently.
    await run(
      'The reply was not cancelled.',
      () => call('queue/cancel', { id: entry.id }),
      (v) => v.message,
      entry.mode === 'provider',
    );
  };

  return (
    <section class="rc-card rc-queue" aria-labelledby="queue-heading">
      <div class="rc-row rc-section-head">
        <h2 id="queue-heading" ref={heading} tabIndex={-1}>
          Scheduled replies
        </h2>
        <Button onClick={onBack}>Back to clients</Button>
      </div>
      <div class="rc-row rc-queue__filters">
        <label class="rc-field__label" for="queue-client">
          Client
        </label>
        <select
          id="queue-client"
          value={client}
          onChange={(e) => {
            setClient(e.currentTarget.value);
            setShown(PAGE_SIZE);
          }}
        >
          <option value="all">All clients</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label class="rc-field__label" for="queue-state">
          Show
        </label>
        <select
          id="queue-state"
          value={state}
          onChange={(e) => {
            setState(e.currentTarget.value as StateFilter);
            setShown(PAGE_SIZE);
          }}
        >
          {STATE_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <p role="status" class="rc-status">
        {status}
      </p>
      {notice !== null ? (
        <div class="rc-notice rc-notice--warning" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      {actionError !== null ? <ResultError title={actionError.title} error={actionError.error} /> : null}
      {error !== null ? <ResultError title="Your scheduled replies could not be loaded." error={error} /> : null}
      {listing === null && error === null ? <p class="rc-muted">Loading your scheduled replies…</p> : null}
      {listing !== null ? <InvalidRecords records={listing.invalid} queueActions={damaged} /> : null}
      {listing !== null && entries.length === 0 ? <p class="rc-muted">No replies match.</p> : null}
      {entries.length > 0 ? (
        <>
          <p class="rc-muted">
            {entries.length === 1 ? '1 reply' : `${entries.length.toLocaleString('en-US')} replies`}
            {entries.length > shown ? `, the first ${shown} shown` : ''}
          </p>
          <ul class="rc-queue__list" aria-label="Scheduled replies">
            {entries.slice(0, shown).map((e) => (
              <QueueRow
                key={e.id}
                entry={e}
                profiles={profiles}
                settings={settings}
                userZone={userZone}
                clock={settings.clock}
                nowMs={at}
                actions={actions}
              />
            ))}
          </ul>
          {entries.length > shown ? (
            <Button onClick={() => setShown((n) => n + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, entries.length - shown)} more
            </Button>
          ) : null}
        </>
      ) : null}
      {cancelling !== null ? (
        <ConfirmDialog
          title={`Cancel “${cancelling.subject}”?`}
          confirmLabel="Cancel the reply"
          cancelLabel="Keep it"
          danger
          onConfirm={() => void confirmCancel(cancelling)}
          onCancel={() => setCancelling(null)}
        >
          {cancelling.mode === 'local' ? (
            <p>It will not be sent, and Red Cup deletes its text. To keep the text, use “Open in compose” instead.</p>
          ) : (
            <p>
              Red Cup asks an open {cancelling.provider === 'gmail' ? 'Gmail' : 'Outlook'} tab to cancel the scheduled
              send; the message goes back to your drafts.
            </p>
          )}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
