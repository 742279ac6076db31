/**
 * The period the report covers, as the user picks it and as the URL keeps it: the last 4, 12 or
 * 52 weeks, or two calendar dates. Checked here so a bad range is named before anything is asked.
 */
import { DateTime } from 'luxon';
import type { ReportPeriod } from '../../../core/report-types.ts';

export const WEEK_CHOICES = [4, 12, 52] as const;
const DEFAULT_WEEKS = 12;
export const DEFAULT_PERIOD: ReportPeriod = { kind: 'weeks', weeks: DEFAULT_WEEKS };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  return DATE.test(text) && DateTime.fromISO(text).isValid;
}

export interface RangeProblem {
  field: 'from' | 'to';
  message: string;
}

/** Why a date range cannot be reported on (and which date to fix), or null when it can. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!validDate(from)) return { field: 'from', message: 'Choose the first day of the range.' };
  if (!validDate(to)) return { field: 'to', message: 'Choose the last day of the range.' };
  if (from > to) return { field: 'to', message: 'The last day must not be before the first day.' };
  return null;
}

/** `last 12 weeks`, `1 Oct 2026 – 30 Nov 2026`: the period in words, for headings and summaries. */
export function periodText(period: ReportPeriod): string {
  if (period.kind === 'weeks') return `the last ${period.weeks} weeks`;
  const day = (d: string) => DateTime.fromISO(d, { locale: 'en-GB' }).toFormat('d LLL yyyy');
  return `${day(period.from)} – ${day(period.to)}`;
}

/** The period as it sits in the URL after `?`: `weeks=12`, `from=2026-10-01&to=2026-11-30`. */
export function periodToQuery(period: ReportPeriod): string {
  return period.kind === 'weeks' ? `weeks=${period.weeks}` : `from=${period.from}&to=${period.to}`;
}

/** Reads a period back from the URL; anything unreadable gives the default, never an error. */
export function periodFromQuery(query: string): ReportPeriod {
  const params = new URLSearchParams(query);
  const weeks = Number(params.get('weeks'));
  if ((WEEK_CHOICES as readonly number[]).includes(weeks)) return { kind: 'weeks', weeks: weeks as 4 | 12 | 52 };
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (rangeProblem(from, to) === null) return { kind: 'range', from, to };
  return DEFAULT_PERIOD;
}

/** Where the report is: all clients, or one, in a period. */
export interface ReportRoute {
  profileId: string | null;
  period: ReportPeriod;
}

/** `#report`, `#report?weeks=4`, `#report/acme?from=…&to=…` → the route; null for any other hash. */
export function parseReportHash(hash: string): ReportRoute | null {
  const m = /^#?report(?:\/([^?]*))?(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const id = m[1] ? decodeURIComponent(m[1]) : '';
  return { profileId: id === '' ? null : id, period: periodFromQuery(m[2] ?? '') };
}

export function reportHash(route: ReportRoute): string {
  const client = route.profileId === null ? '' : `/${encodeURIComponent(route.profileId)}`;
  const query =
    route.period.kind === 'weeks' && route.period.weeks === DEFAULT_WEEKS ? '' : `?${periodToQuery(route.period)}`;
  return `#report${client}${query}`;
}
