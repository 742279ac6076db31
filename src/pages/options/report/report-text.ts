/**
 * The report's numbers in words (issue 12): percentages, business time, promises, weeks and the
 * drift warning. Plain English, the same on every machine, so the table, the chart's summary
 * and the tests all read the same text.
 */
import { DateTime } from 'luxon';
import type { ClientReportRow, DriftState, ReportCounts, ReportWeek } from '../../../core/report-types.ts';

/** `95 %`; `—` when there were no replies (no percentage, never 100 %). */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** `45 min`, `3 h 20 min`, `2 h`; `—` when no reply had a known request time. */
export function businessTimeText(minutes: number | null): string {
  if (minutes === null) return '—';
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Share of the promises whose outcome is known that were kept, 0–1; null when none is known. */
export function promisesKeptShare(c: Pick<ReportCounts, 'promisesKept' | 'promisesBroken'>): number | null {
  const known = c.promisesKept + c.promisesBroken;
  return known === 0 ? null : c.promisesKept / known;
}

/** `Kept 41 of 43 promises`, with `· 2 unknown` when some request times were not known. */
export function promisesText(c: ReportCounts): string {
  const known = c.promisesKept + c.promisesBroken;
  const unknown = c.promisesUnknown > 0 ? ` · ${c.promisesUnknown} unknown` : '';
  if (known === 0) return c.promisesUnknown > 0 ? `No promise known · ${c.promisesUnknown} unknown` : 'No promises';
  return `Kept ${c.promisesKept} of ${known} ${known === 1 ? 'promise' : 'promises'}${unknown}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The week as a column or row label: `30 Nov` (Monday of that week in the user's zone) (with the year when asked). */
export function weekLabel(week: Pick<ReportWeek, 'start'>, zone: string, withYear = false): string {
  const monday = DateTime.fromISO(week.start, { zone, locale: 'en-US' });
  return monday.toFormat(withYear ? 'd LLL yyyy' : 'd LLL');
}

/** The drift warning in a sentence, or null when the client's expectation is not shifting. */
export function driftText(name: string, drift: DriftState): string | null {
  if (!drift.shifting) return null;
  const span =
    drift.windowDays % 7 === 0
      ? plural(drift.windowDays / 7, 'week', 'weeks')
      : plural(drift.windowDays, 'day', 'days');
  return `${plural(drift.exceptions, 'reply', 'replies')} outside ${name}'s hours in ${span} — their expectation is shifting.`;
}

/** The name as the report shows it: a deleted client under its last name, marked. */
export function clientName(row: Pick<ClientReportRow, 'name' | 'deleted'>): string {
  return row.deleted ? `${row.name} (deleted)` : row.name;
}

/**
 * The chart's text summary (what a screen reader hears instead of the bars): the period's
 * totals in one or two sentences.
 */
export function countsSummary(name: string, c: ReportCounts, period: string): string {
  if (c.replies === 0) return `No replies to ${name} in ${period}.`;
  const parts = [
    `${c.inside} sent inside hours`,
    `${c.sentLater} sent later`,
    plural(c.emergency, 'real emergency', 'real emergencies'),
    plural(c.sentAnyway, 'red cup sent anyway', 'red cups sent anyway'),
  ];
  const kept = `Of ${plural(c.replies, 'reply', 'replies')} to ${name} in ${period}, ${c.inside + c.sentLater} kept inside their hours (${percentText(c.consistency)})`;
  return `${kept}: ${parts.join('; ')}. ${promisesText(c)}.`;
}

/** The consistency of the weeks with replies, for a sparkline's label: `Weekly consistency: lowest 60 % (5 Oct), latest 100 % (30 Nov)`. */
export function sparklineLabel(weeks: readonly ReportWeek[], zone: string): string {
  const measured = weeks.filter((w) => w.consistency !== null);
  if (measured.length === 0) return `No replies in any of the ${weeks.length} weeks`;
  const lowest = measured.reduce((a, b) => ((b.consistency ?? 1) < (a.consistency ?? 1) ? b : a));
  const latest = measured[measured.length - 1] as ReportWeek;
  return `Weekly consistency over ${weeks.length} weeks: lowest ${percentText(lowest.consistency)} (week of ${weekLabel(lowest, zone)}), latest ${percentText(latest.consistency)} (week of ${weekLabel(latest, zone)})`;
}
