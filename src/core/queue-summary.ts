/** Queue entries as the pages see them. Pure. */
import type { QueueEntry } from './queue-types.ts';

/** An entry as pages see it: the reply's body stays in the worker. */
export function withoutBody(entry: QueueEntry): QueueEntry {
  if (entry.reply === undefined) return entry;
  const { html: _html, ...reply } = entry.reply;
  return { ...entry, reply: { ...reply, html: '' } };
}
