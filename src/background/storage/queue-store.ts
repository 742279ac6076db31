/**
 * The send-later queue (DESIGN §5). This issue stores only `handed-off` entries (the provider's
 * own scheduler holds the message); the local delivery mode adds its transitions later. Entries
 * are keyed by the id their writer chose, so a repeated hand-off is stored once. Every read is
 * validated; a record that fails is reported next to the valid ones, never dropped.
 */
import type { QueueEntry } from '../../core/queue-types.ts';
import { validateQueueEntry } from '../../core/queue.ts';
import type { QueueListing } from '../../messaging/protocol.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { invalidRecord } from './invalid-record.ts';

export interface QueueStore {
  /**
   * Stores a new entry and answers it. When a valid entry with the same id is already stored
   * (the same hand-off reported twice), that one is answered and nothing is written; a damaged
   * record under the id is replaced by the new, valid one.
   */
  add(entry: QueueEntry): Promise<QueueEntry>;
  /** Every entry, by due time (then id). */
  list(): Promise<QueueListing>;
}

export function queueStore(database: DatabaseProvider): QueueStore {
  return {
    async add(entry) {
      const db = await database();
      const tx = db.transaction(['queue'], 'readwrite');
      const store = tx.objectStore('queue');
      return commit(tx, async () => {
        const existing = await store.get(entry.id);
        if (existing !== undefined) {
          const checked = validateQueueEntry(existing);
          if (checked.ok) return checked.value;
        }
        await store.put(entry);
        return entry;
      });
    },

    async list() {
      const db = await database();
      // The whole store, not the `by-due` index: a record without a due time is not in the
      // index, and must still be reported.
      const tx = db.transaction('queue');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      const listing: QueueListing = { entries: [], invalid: [] };
      values.forEach((raw, i) => {
        const checked = validateQueueEntry(raw);
        if (checked.ok) listing.entries.push(checked.value);
        else listing.invalid.push(invalidRecord('queue', keys[i] ?? '', checked.problems));
      });
      listing.entries.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return listing;
    },
  };
}
