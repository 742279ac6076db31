/**
 * A span's replies added up per client (issue 12, DESIGN §6 "the 12-week overview ≤ 300 ms"):
 * the counts that only add, and the request → reply instants the median is made of. Tallies
 * are what the worker keeps per closed day (report-days-store.ts), so the overview adds up ~84
 * small tallies instead of re-reading 100,000 ledger events; report.ts adds them into weeks.
 *
 * A tally holds no client data that can change (names, hours): the business-hours median is
 * worked out from the raw instants when the report is made, with the client's hours of then.
 */
import { instantMs } from './ledger.ts';
import { replyOutcome, type Reply, type ReportNote } from './report-replies.ts';
import { boundsIndex as spanIndex } from './report-weeks.ts';

/** The counts that add up across days and weeks, in this order in a stored tally. */
export const TALLY_COUNTS = [
  'replies',
  'inside',
  'sentLater',
  'emergency',
  'sentAnyway',
  'deliveredLate',
  'moved',
  'promisesKept',
  'promisesBroken',
  'promisesUnknown',
] as const;

export type TallyCount = (typeof TALLY_COUNTS)[number];

export interface Tally {
  counts: Record<TallyCount, number>;
  /** `[requestAt, sentAt, requestAt, sentAt, …]` in ms: flat, so a stored tally reads back fast. */
  waits: number[];
}

/** One span [start, end) of time (a day in the user's zone, or a week) and its clients' tallies. */
export interface SpanTally {
  start: number;
  end: number;
  clients: Map<string, Tally>;
}

export function emptyTally(): Tally {
  const counts = {} as Record<TallyCount, number>;
  for (const key of TALLY_COUNTS) counts[key] = 0;
  return { counts, waits: [] };
}

/** Adds `part` into `total` (counts and waits). */
export function addTally(total: Tally, part: Tally): void {
  for (const key of TALLY_COUNTS) total.counts[key] += part.counts[key];
  for (const ms of part.waits) total.waits.push(ms);
}

function countReply(tally: Tally, reply: Reply, profileId: string): void {
  const c = tally.counts;
  c.replies += 1;
  c[reply.cls] += 1;
  const outcome = replyOutcome(reply, profileId);
  if (outcome === 'kept') c.promisesKept += 1;
  else if (outcome === 'broken') c.promisesBroken += 1;
  else c.promisesUnknown += 1;
  if (reply.requestAt !== null) tally.waits.push(instantMs(reply.requestAt), reply.at);
}

/**
 * The replies and notes tallied per span: `bounds` are the spans' starts followed by the end
 * of the last one. Nothing at or after `limit` counts (a hand-off due tomorrow has not gone
 * out). Every span is in the answer, with a tally for each client seen in it.
 */
export function tallySpans(
  replies: readonly Reply[],
  notes: readonly ReportNote[],
  bounds: readonly number[],
  limit: number,
): SpanTally[] {
  const spans: SpanTally[] = [];
  for (let i = 0; i + 1 < bounds.length; i++)
    spans.push({ start: bounds[i] ?? 0, end: bounds[i + 1] ?? 0, clients: new Map() });
  const tallyOf = (span: SpanTally, id: string): Tally => {
    let tally = span.clients.get(id);
    if (tally === undefined) {
      tally = emptyTally();
      span.clients.set(id, tally);
    }
    return tally;
  };
  for (const reply of replies) {
    if (reply.at >= limit) continue;
    const span = spans[spanIndex(bounds, reply.at)];
    if (span === undefined) continue;
    for (const id of new Set(reply.profileIds)) countReply(tallyOf(span, id), reply, id);
  }
  for (const note of notes) {
    if (note.at >= limit) continue;
    const span = spans[spanIndex(bounds, note.at)];
    if (span === undefined) continue;
    for (const id of new Set(note.profileIds)) tallyOf(span, id).counts[note.what] += 1;
  }
  return spans;
}
