/** The popup's view of the queue (protocol QueueSummary), from the waiting entries. Pure. */
import type { QueueEntry } from './queue-types.ts';

export interface Summary {
  next: QueueEntry[];
  perProfile: { profileId: string; waiting: number }[];
  waiting: number;
  attention: number;
}

/** An entry as pages see it: the reply's body stays in the worker. */
export function withoutBody(entry: QueueEntry): QueueEntry {
  if (entry.reply === undefined) return entry;
  const { html: _html, ...reply } = entry.reply;
  return { ...entry, reply: { ...reply, html: '' } };
}

/** What counting needs of an entry: read from the stored record without validating the whole of it. */
export type Countable = Pick<QueueEntry, 'status' | 'profileIds'>;

/**
 * `waiting` holds only waiting entries; `next` the first valid ones by due time (only these
 * were validated in full: with 10,000 entries the popup must open in ≤300 ms).
 */
export function summarize(waiting: readonly Countable[], next: readonly QueueEntry[]): Summary {
  const counts = new Map<string, number>();
  let attention = 0;
  for (const entry of waiting) {
    if (entry.status === 'needs-attention') attention += 1;
    for (const id of new Set(entry.profileIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    next: next.slice(0, 5).map(withoutBody),
    perProfile: [...counts].map(([profileId, n]) => ({ profileId, waiting: n })).sort((a, b) => a.profileId.localeCompare(b.profileId)),
    waiting: waiting.length,
    attention,
  };
}
