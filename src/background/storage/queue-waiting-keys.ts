/**
 * The `by-waiting-client` index of the queue store: one key per client of an entry that still
 * waits, so the popup counts each client's waiting replies on the index instead of reading
 * 10,000 entries (DESIGN §6: the popup opens in ≤ 300 ms with a queue that large).
 *
 * Key: `<profileId> NUL <l|h> NUL <dueAt>`. `l`: Red Cup's own queue holds it (it waits until
 * delivered, however overdue); `h`: the provider's scheduler holds it, and it waits only until
 * its due time — the provider has sent it then — hence the due time in the key.
 */
import { WAITING_STATUSES, type QueueEntry } from '../../core/queue-types.ts';

const SEP = '\u0000';
/** Above every character of a profile id or an ISO time. */
const END = '\uffff';

export const WAITING_KEYS_FIELD = 'waitingKeys';

export function waitingKeys(entry: Pick<QueueEntry, 'status' | 'profileIds' | 'dueAt'>): string[] {
  if (!(WAITING_STATUSES as readonly string[]).includes(entry.status)) return [];
  const holder = entry.status === 'handed-off' ? 'h' : 'l';
  return [...new Set(entry.profileIds)].map((id) => `${id}${SEP}${holder}${SEP}${entry.dueAt}`);
}

/** The record as stored: the entry and its index keys (dropped again when the entry is read and validated). */
export function queueRecord(entry: QueueEntry): QueueEntry & { waitingKeys: string[] } {
  return { ...entry, waitingKeys: waitingKeys(entry) };
}

/** The client a key belongs to. */
export function clientOfKey(key: string): string {
  return key.slice(0, key.indexOf(SEP));
}

/** The smallest key above every key of this client: where a key cursor jumps to for the next client. */
export function afterClient(profileId: string): string {
  return `${profileId}${SEP}${END}`;
}

/** The key ranges of one client's waiting entries: all local ones, and hand-offs due after `nowIso`. */
export function clientRanges(profileId: string, nowIso: string): IDBKeyRange[] {
  const prefix = (holder: string) => `${profileId}${SEP}${holder}${SEP}`;
  return [
    IDBKeyRange.bound(prefix('l'), `${prefix('l')}${END}`),
    IDBKeyRange.bound(`${prefix('h')}${nowIso}`, `${prefix('h')}${END}`, true),
  ];
}
