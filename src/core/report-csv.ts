/**
 * The CSV export's rows (issue 12 §4): one row per decision and client — a reply to two clients
 * is a row for each — with the time in UTC and on the client's clock, the triage answers, the
 * request time, the promise's deadline and whether it was kept. Never a body, subject or
 * address: the ledger holds none. The page turns the rows into RFC 4180 text (papaparse).
 */
import { instantMs } from './ledger.ts';
import type { LedgerEvent } from './ledger-types.ts';
import type { ReportClient } from './report.ts';
import { replyPromise, repliesOf, type Reply } from './report-replies.ts';
import type { ReportCsvRow } from './report-types.ts';
import { ianaZone, MINUTE_MS, offsetAt } from './wall-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-MM-dd HH:mm` on the zone's clock, from the cached offsets (a luxon format per row would cost seconds for a year). */
export function wallTimeIn(zone: string, iso: string): string {
  const ms = instantMs(iso);
  const local = new Date(ms + offsetAt(ianaZone(zone), ms) * MINUTE_MS);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/**
 * Rows for `events` (in time order), for the clients in `only` (absent: all). `history` holds
 * the earlier events of their queue entries (report-replies.ts `entriesToLookUp`), so a
 * delivery carries its decision's request time and verdict.
 */
export function csvRows(
  events: readonly LedgerEvent[],
  history: readonly LedgerEvent[],
  client: (id: string) => ReportClient,
  only?: ReadonlySet<string>,
): ReportCsvRow[] {
  const { replies } = repliesOf(events, history);
  const replyOf = new Map<string, Reply>(replies.map((r) => [r.eventId, r]));
  const rows: ReportCsvRow[] = [];
  for (const e of events) {
    const reply = replyOf.get(e.id);
    for (const id of e.profileIds) {
      if (only !== undefined && !only.has(id)) continue;
      const who = client(id);
      const promise = reply === undefined ? undefined : replyPromise(reply, id);
      const answers = e.triage?.answers;
      rows.push({
        at: e.at,
        clientTime: who.profile === null ? '' : wallTimeIn(who.profile.timeZone, e.at),
        client: who.deleted ? `${who.name} (deleted)` : who.name,
        kind: e.kind,
        provider: e.provider,
        agreedSituation: answers?.agreedSituation ?? '',
        realHarm: answers?.realHarm ?? '',
        emergencyToClient: answers?.emergencyToClient ?? '',
        suggestion: e.triage?.suggestion ?? '',
        requestAt: reply?.requestAt ?? e.requestAt ?? '',
        promiseDeadline: promise?.deadline ?? e.promises?.find((p) => p.profileId === id)?.deadline ?? '',
        promise: promise?.outcome ?? '',
        scheduledFor: e.scheduledFor ?? '',
      });
    }
  }
  return rows;
}
