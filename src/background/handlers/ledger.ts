/** `ledger/record`: one decision of the guard or of triage, per client (DESIGN §2.4, §3). */
import { promisesFor } from '../../core/report-replies.ts';
import { refusal } from './accept.ts';
import { defineHandler } from './define.ts';
import { ok } from '../../messaging/result.ts';

/**
 * One of the content script's writes (with `queue/handoff` and `queue/enqueue`: the table's
 * `pages-and-content` messages): the decisions are made in the compose window. It can only add
 * events (re-recording an id replaces that one event), never read, change or delete others,
 * and no body or subject is ever stored. Accepted only
 * from the page of the provider it names, for stored clients (accept.ts).
 *
 * The promise for the request being answered is worked out here, from the stored profiles
 * (issue 12 §2): its deadline per client, and whether the reply met it when that is known now —
 * sent now, or handed to the provider's scheduler for a known time. A reply Red Cup's queue
 * sends later is judged by the report when it goes out.
 */
export const recordLedgerEvent = defineHandler('ledger/record', {
  failure: 'Could not write the decision to the ledger',
  run: async (event, { ledger, now, profiles }, caller) => {
    const refusedEvent = await refusal(profiles, caller, { what: 'the ledger event', ...event });
    if (refusedEvent !== null) return refusedEvent;
    const promises =
      event.requestAt === null
        ? undefined
        : // Deadlines in business days skip the client's public holidays (the effective profiles).
          promisesFor(event, new Map((await profiles.snapshot()).effective(now()).profiles.map((p) => [p.id, p])));
    // No promise known for any client (no request time, or no stored profile): none recorded, it reads as unknown.
    await ledger.put({
      ...event,
      recordedAt: now().toISOString(),
      ...(promises === undefined || promises.length === 0 ? {} : { promises }),
    });
    return ok({ id: event.id });
  },
});
