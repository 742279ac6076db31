import { useState } from 'preact/hooks';
import type { GuardCheck } from '../../core/guard-types.ts';
import type { ProfileRef } from '../../core/profile.ts';
import type { StatementKind } from '../../core/statement-types.ts';
import type { Result } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { Field } from '../ui/Field.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { runComposeInsert, type TabLink } from './compose-source.ts';

export interface InsertStatementProps {
  link: TabLink;
  tabId: number;
  composeId: string;
  /** The compose's last verdict (null: not known yet; the tab then asks the worker itself). */
  check: GuardCheck | null;
  /** The clients the verdict names; with several, the user picks one. */
  clients: readonly ProfileRef[];
}

/** Why nothing can be inserted, or null: without a client among the recipients there are no boundaries to tell. */
export function insertBlocker(check: GuardCheck | null): string | null {
  if (check === null) return null;
  const recipients = Array.isArray(check.verdict.recipients) ? check.verdict.recipients : [];
  return recipients.some((r) => r.profileId !== null) ? null : 'Add a client’s address to the recipients first.';
}

/**
 * "Insert my boundaries" / "Insert signature line" (issue 15) for the compose in the mail tab,
 * the same actions as the compose pill's menu; the text goes where the caret was in the body.
 */
export function InsertStatement({ link, tabId, composeId, check, clients }: InsertStatementProps) {
  const [chosen, setChosen] = useState<string>(clients[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Result<{ message: string }> | null>(null);
  const blocker = insertBlocker(check);
  const several = clients.length > 1;
  const profileId = several && clients.some((c) => c.id === chosen) ? chosen : several ? clients[0]?.id : undefined;

  const insert = async (kind: StatementKind) => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    setOutcome(await runComposeInsert(link, tabId, composeId, kind, profileId));
    setBusy(false);
  };

  return (
    <div class="rc-compose__insert" role="group" aria-labelledby="popup-insert-title">
      <p id="popup-insert-title" class="rc-compose__label">
        Tell the client
      </p>
      {several ? (
        <Field id="popup-insert-client" label="For">
          {(control) => (
            <select {...control} value={profileId} onChange={(e) => setChosen(e.currentTarget.value)}>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div class="rc-row">
        <Button
          disabled={busy || blocker !== null}
          aria-describedby={blocker === null ? undefined : 'popup-insert-why'}
          onClick={() => void insert('paragraph')}
        >
          Insert my boundaries
        </Button>
        <Button
          disabled={busy || blocker !== null}
          aria-describedby={blocker === null ? undefined : 'popup-insert-why'}
          onClick={() => void insert('signature')}
        >
          Insert signature line
        </Button>
      </div>
      {blocker !== null ? (
        <p id="popup-insert-why" class="rc-compose__detail">
          {blocker}
        </p>
      ) : null}
      <p role="status" class="rc-compose__status">
        {busy ? 'Inserting…' : outcome?.ok ? outcome.value.message : ''}
      </p>
      {outcome !== null && !outcome.ok ? (
        <ResultError title="Red Cup could not insert the text." error={outcome.error} />
      ) : null}
    </div>
  );
}
