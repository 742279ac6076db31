/**
 * The rule of a Sent lookup, the same on every provider (DESIGN §5.4): a row is the message when
 * the provider says it is (its subject, and its recipients where the list shows them) and it was
 * sent at or after `since`, to the minute the list shows. A candidate whose time cannot be read
 * makes the answer `unknown`, never `no`; and a lookup that fails is `unknown` too.
 */
export type Found = 'yes' | 'no' | 'unknown';

export function sentAmong<Row>(
  rows: readonly Row[],
  since: string,
  isMessage: (row: Row) => boolean,
  timesOf: (row: Row) => readonly number[],
): Found {
  const from = Date.parse(since);
  if (Number.isNaN(from)) return 'unknown';
  const fromMinute = Math.floor(from / 60_000) * 60_000;
  const candidates = rows.filter(isMessage);
  if (candidates.some((row) => timesOf(row).some((t) => t >= fromMinute))) return 'yes';
  return candidates.some((row) => timesOf(row).length === 0) ? 'unknown' : 'no';
}

/** `look`'s answer; `unknown` when it could not look (null) or failed. */
export async function lookedUp(look: () => Promise<Found | null>): Promise<Found> {
  try {
    return (await look()) ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
