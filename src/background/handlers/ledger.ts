/** `ledger/record`: one decision of the guard or of triage, per client (DESIGN §2.4, §3). */
import { validateLedgerEventInput } from '../../core/ledger.ts';
import { refusal } from './accept.ts';
import { defineHandler, PAGES_AND_CONTENT } from './define.ts';
import { ok, refused } from './result.ts';

/**
 * The content script writes here although it otherwise only reads: the decisions are made in
 * the compose window. It can only add events (re-recording an id replaces that one event),
 * never read, change or delete others, and no body or subject is ever stored. Accepted only
 * from the page of the provider it names, for stored clients (accept.ts).
 */
export const recordLedgerEvent = defineHandler({
  name: 'ledger/record',
  allow: PAGES_AND_CONTENT,
  failure: 'Could not write the decision to the ledger',
  run: async (data, { ledger, now, profiles }, caller) => {
    const checked = validateLedgerEventInput(data);
    if (!checked.ok) return refused('Refused: the ledger event is not well-formed.', checked.problems);
    const refusedEvent = await refusal(profiles, caller, { what: 'the ledger event', ...checked.value });
    if (refusedEvent !== null) return refusedEvent;
    await ledger.put({ ...checked.value, recordedAt: now().toISOString() });
    return ok({ id: checked.value.id });
  },
});
