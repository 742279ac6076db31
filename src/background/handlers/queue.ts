/** `queue/handoff` and `queue/list`: replies handed to the provider's own scheduler (DESIGN §5.1). */
import { withoutBody } from '../../core/queue-summary.ts';
import { handoffEntry, validateHandoffRequest } from '../../core/queue.ts';
import { refusal } from './accept.ts';
import { defineHandler, PAGES_AND_CONTENT, PAGES_ONLY } from './define.ts';
import { ok, refused } from './result.ts';

/**
 * Reported by the content script once the provider took the reply: the compose is where it
 * happened. It can only add `handed-off` entries (no body), and a repeated report of the same
 * hand-off answers the entry already stored. Accepted only from its provider's page, for
 * stored clients (accept.ts).
 */
export const handOff = defineHandler({
  name: 'queue/handoff',
  allow: PAGES_AND_CONTENT,
  failure: 'Could not record the scheduled reply',
  run: async (data, { queue, queueEngine, now, profiles }, caller) => {
    const at = now();
    const checked = validateHandoffRequest(data, at);
    if (!checked.ok) return refused('Refused: the scheduled reply is not well-formed.', checked.problems);
    const refusedHandoff = await refusal(profiles, caller, { what: 'the scheduled reply', ...checked.value });
    if (refusedHandoff !== null) return refusedHandoff;
    const stored = await queue.add(handoffEntry(checked.value, at));
    await queueEngine.rearm(); // the badge counts hand-offs too
    return ok(stored);
  },
});

/** The queue by due time, with the stored entries that failed validation named. */
export const listQueue = defineHandler({
  name: 'queue/list',
  allow: PAGES_ONLY,
  failure: 'Could not read the scheduled replies',
  run: async (_data, { queue }) => {
    const listing = await queue.list();
    return ok({ ...listing, entries: listing.entries.map(withoutBody) });
  },
});
