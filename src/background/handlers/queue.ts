/** `queue/handoff` and `queue/list`: replies handed to the provider's own scheduler (DESIGN §5.1). */
import { withoutBody } from '../../core/queue-summary.ts';
import { handoffEntry, salvageReply } from '../../core/queue.ts';
import { refusal } from './accept.ts';
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

/**
 * Reported by the content script once the provider took the reply: the compose is where it
 * happened. It can only add `handed-off` entries (no body), and a repeated report of the same
 * hand-off answers the entry already stored. Accepted only from its provider's page, for
 * stored clients (accept.ts).
 */
export const handOff = defineHandler('queue/handoff', {
  failure: 'Could not record the scheduled reply',
  run: async (request, { queue, queueEngine, now, profiles }, caller) => {
    const at = now();
    const refusedHandoff = await refusal(profiles, caller, { what: 'the scheduled reply', ...request });
    if (refusedHandoff !== null) return refusedHandoff;
    const stored = await queue.add(handoffEntry(request, at));
    await queueEngine.rearm(); // the badge counts hand-offs too
    return ok(stored);
  },
});

/** The queue by due time, with the stored entries that failed validation named. */
export const listQueue = defineHandler('queue/list', {
  failure: 'Could not read the scheduled replies',
  run: async (_data, { queue }) => {
    const listing = await queue.list();
    return ok({ ...listing, entries: listing.entries.map(withoutBody) });
  },
});

/**
 * Asked by the content script when the answer to an enqueue or a hand-off did not come (the
 * worker stopped after the write, the extension was updated): was it stored? Only that id, only
 * yes or no — nothing else of the queue is told to a mail page.
 */
export const isStored = defineHandler('queue/is-stored', {
  failure: 'Could not look for the scheduled reply',
  run: async ({ id }, { queue }) => ok({ stored: await queue.has(id) }),
});

/**
 * A damaged queue record's reply into a compose window of its account (issue 13 A1): the engine
 * cannot read the record, so nothing else delivers or changes it; once the compose is open the
 * record is deleted, and with it the body.
 */
export const openDamaged = defineHandler('queue/open-damaged', {
  failure: 'Could not open the reply in a compose window',
  run: async ({ key }, deps) => {
    const raw = await deps.queue.damaged(key);
    if (raw === null)
      return refused(
        'Refused: there is no damaged queue record under this key (it may have been removed or repaired).',
      );
    const salvage = salvageReply(raw);
    if (salvage === null)
      return refused(
        'Refused: the reply of this record cannot be read (its recipients, body or account are damaged); only deleting it is possible.',
      );
    const order = { entryId: key, subject: salvage.subject, reply: salvage.reply };
    const ran = await deps.mail.withTab(salvage.provider, salvage.account, 'visible', async (tab) => {
      try {
        const answer = await tab.openCompose(order);
        return answer.ok ? null : answer.error.message;
      } catch (err) {
        return err instanceof Error ? err.message : 'the mail tab stopped answering';
      }
    });
    if (ran === null) return refused('Could not open a mail tab of this account; the record stays as it is.');
    if (ran.value !== null)
      return refused(`Could not open the compose window (${ran.value}); the record stays as it is.`);
    const removed = await deps.queue.removeDamaged(key);
    await deps.queueEngine.rearm();
    return ok({
      message: removed
        ? 'The reply is open in a compose window of its account; the damaged record was deleted.'
        : 'The reply is open in a compose window of its account; the record had changed meanwhile and was kept: look at the queue before you send it.',
    });
  },
});

/** Deletes a damaged queue record, body included (only while it still fails validation). */
export const deleteDamaged = defineHandler('queue/delete-damaged', {
  failure: 'Could not delete the damaged record',
  run: async ({ key }, deps) => {
    const removed = await deps.queue.removeDamaged(key);
    await deps.queueEngine.rearm();
    if (!removed)
      return refused(
        'Refused: there is no damaged queue record under this key (it may have been removed or repaired).',
      );
    return ok({ message: 'The damaged record was deleted.' });
  },
});
