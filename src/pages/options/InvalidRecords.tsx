import { useState } from 'preact/hooks';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/** What the queue page can do with a damaged queue record (issue 13 A1); absent where records are only listed. */
export interface DamagedQueueActions {
  open: (key: string) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

/**
 * Stored records that failed validation. They are not used, but they are not hidden either:
 * each one is named with each of its problems, so the user can fix or re-create it. A damaged
 * queue record may still hold a reply nobody else can reach (the engine cannot read it): it can
 * be opened in a compose window when its reply is readable, or deleted, body and all.
 */
export function InvalidRecords({
  records,
  queueActions,
}: {
  records: readonly InvalidRecord[];
  queueActions?: DamagedQueueActions;
}) {
  const [deleting, setDeleting] = useState<InvalidRecord | null>(null);
  if (records.length === 0) return null;
  return (
    <section class="rc-notice rc-notice--warning" aria-labelledby="invalid-records-title">
      <h3 id="invalid-records-title" class="rc-notice__title">
        {records.length === 1
          ? 'One stored record could not be read and is not in use'
          : `${records.length} stored records could not be read and are not in use`}
      </h3>
      <p>
        Red Cup keeps them untouched
        {queueActions !== undefined && records.some((r) => r.store === 'queue') ? ' until you decide' : ''}.
        {records.every((r) => r.store === 'profiles') ? ' Re-create the client, or import a corrected file.' : ''}
      </p>
      <ul>
        {records.map((r) => {
          const label =
            r.store === 'profiles'
              ? 'Client record'
              : r.store === 'queue'
                ? 'Scheduled reply'
                : `Record in “${r.store}”`;
          return (
            <li key={`${r.store}/${r.key}`}>
              {label} “{r.key}”:
              <ul>
                {r.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
              {r.store === 'queue' && queueActions !== undefined ? (
                <div class="rc-row" role="group" aria-label={`What to do with the damaged scheduled reply “${r.key}”`}>
                  {r.replyKept === true ? (
                    <Button small onClick={() => void queueActions.open(r.key)}>
                      Open the reply in a compose window
                    </Button>
                  ) : (
                    <span class="rc-muted">Its reply cannot be read any more.</span>
                  )}
                  <Button small variant="danger" onClick={() => setDeleting(r)}>
                    Delete
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {deleting !== null && queueActions !== undefined ? (
        <ConfirmDialog
          title={`Delete the damaged record “${deleting.key}”?`}
          confirmLabel="Delete it"
          cancelLabel="Keep it"
          danger
          onConfirm={() => {
            const key = deleting.key;
            setDeleting(null);
            void queueActions.remove(key);
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>
            Red Cup deletes it with its text; it will not be sent.
            {deleting.replyKept === true ? ' To keep the text, open the reply in a compose window instead.' : ''}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
