/**
 * The local send-later queue's messages (DESIGN §5): enqueue from the compose, and the popup's
 * and options page's view of it. Changes go through the store's compare-and-set transitions
 * and re-arm the engine's alarms and badge.
 */
import { withoutBody } from '../../core/queue-summary.ts';
import { localEntry } from '../../core/queue.ts';
import { localReplyProblems } from '../../core/reply-acceptance.ts';
import { originOf, refusal } from './accept.ts';
import { defineHandler } from './define.ts';
import { ok } from '../../messaging/result.ts';

/**
 * A reply for the local queue: `pending` + `queued` in one transaction, then the alarm.
 * Idempotent by id. Accepted only from its provider's page, for that page's account, for
 * stored clients, with a body that keeps the allow-list (accept.ts).
 */
export const enqueue = defineHandler('queue/enqueue', {
  failure: 'Could not keep the reply to send later; it is still in the compose',
  run: async (request, { queue, queueEngine, now, profiles }, caller) => {
    const at = now();
    const problems = localReplyProblems(request, originOf(caller));
    const refusedReply = await refusal(profiles, caller, {
      what: 'the reply to send later',
      ...request,
      problems,
    });
    if (refusedReply !== null) return refusedReply;
    const stored = await queue.enqueue(localEntry(request, at));
    await queueEngine.rearm();
    return ok(withoutBody(stored));
  },
});

/** The popup: the next five waiting and the counts, taken on the queue's indexes (cheap with 10,000 entries stored). */
export const queueSummary = defineHandler('queue/summary', {
  failure: 'Could not read the scheduled replies',
  run: async (_data, { queue, now }) => {
    const summary = await queue.summary(now());
    return ok({ ...summary, next: summary.next.map(withoutBody) });
  },
});
