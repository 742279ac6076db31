/** Test-only: report answers built from the contract (src/core/report-types.ts), as the worker would send them. */
import type {
  ClientReport,
  ClientReportRow,
  ReportCounts,
  ReportException,
  ReportOverview,
  ReportWeek,
} from '../../../../core/report-types.ts';

export function counts(fields: Partial<ReportCounts> = {}): ReportCounts {
  const c = {
    inside: 0,
    sentLater: 0,
    emergency: 0,
    sentAnyway: 0,
    deliveredLate: 0,
    moved: 0,
    promisesKept: 0,
    promisesBroken: 0,
    promisesUnknown: 0,
    medianReplyBusinessMinutes: null,
    ...fields,
  };
  const replies = fields.replies ?? c.inside + c.sentLater + c.emergency + c.sentAnyway;
  return {
    ...c,
    replies,
    consistency:
      fields.consistency !== undefined ? fields.consistency : replies === 0 ? null : (c.inside + c.sentLater) / replies,
  };
}

/** Mondays 00:00 in Europe/Berlin from 2 Nov 2026 (CET, UTC+1). */
const MONDAYS = [
  '2026-11-01T23:00:00.000Z',
  '2026-11-08T23:00:00.000Z',
  '2026-11-15T23:00:00.000Z',
  '2026-11-22T23:00:00.000Z',
];
const WEEKS = ['2026-W45', '2026-W46', '2026-W47', '2026-W48'];

export function weeks(perWeek: Partial<ReportCounts>[]): ReportWeek[] {
  return perWeek.map((fields, i) => ({
    ...counts(fields),
    week: WEEKS[i] ?? `2026-W${45 + i}`,
    start: MONDAYS[i] ?? MONDAYS[0]!,
  }));
}

export function row(fields: Partial<ClientReportRow> & { perWeek?: Partial<ReportCounts>[] } = {}): ClientReportRow {
  const { perWeek = [{}, {}, {}, {}], ...rest } = fields;
  const w = weeks(perWeek);
  const sum = (k: keyof ReportCounts) => w.reduce((n, x) => n + (typeof x[k] === 'number' ? (x[k] as number) : 0), 0);
  const totals = counts({
    inside: sum('inside'),
    sentLater: sum('sentLater'),
    emergency: sum('emergency'),
    sentAnyway: sum('sentAnyway'),
    deliveredLate: sum('deliveredLate'),
    moved: sum('moved'),
    promisesKept: sum('promisesKept'),
    promisesBroken: sum('promisesBroken'),
    promisesUnknown: sum('promisesUnknown'),
  });
  return {
    profileId: 'acme',
    name: 'Acme Corp',
    color: '#1d6fd1',
    timeZone: 'America/New_York',
    deleted: false,
    totals,
    weeks: w,
    drift: { exceptions: 0, windowDays: 14, shifting: false },
    ...rest,
  };
}

export function overview(clients: ClientReportRow[]): ReportOverview {
  const all = clients.flatMap((c) => c.weeks);
  const sum = (
    k: 'inside' | 'sentLater' | 'emergency' | 'sentAnyway' | 'promisesKept' | 'promisesBroken' | 'promisesUnknown',
  ) => all.reduce((n, x) => n + x[k], 0);
  return {
    from: MONDAYS[0]!,
    to: '2026-11-29T23:00:00.000Z',
    timeZone: 'Europe/Berlin',
    clients,
    totals: counts({
      inside: sum('inside'),
      sentLater: sum('sentLater'),
      emergency: sum('emergency'),
      sentAnyway: sum('sentAnyway'),
      promisesKept: sum('promisesKept'),
      promisesBroken: sum('promisesBroken'),
      promisesUnknown: sum('promisesUnknown'),
    }),
    invalid: [],
  };
}

export function exception(fields: Partial<ReportException> = {}): ReportException {
  return {
    eventId: 'e1',
    // Monday 23 November 2026, 20:10 in New York; 02:10 on Tuesday in Berlin.
    at: '2026-11-24T01:10:00.000Z',
    kind: 'sent-anyway',
    triage: { answers: { agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'unsure' }, suggestion: 'red-cup' },
    requestAt: '2026-11-24T00:55:00.000Z',
    promiseDeadline: '2026-11-25T01:10:00.000Z',
    promise: 'kept',
    provider: 'gmail',
    ...fields,
  };
}

export function clientReport(
  r: ClientReportRow,
  exceptions: ReportException[] = [],
  nextCursor: string | null = null,
): ClientReport {
  return {
    from: MONDAYS[0]!,
    to: '2026-11-29T23:00:00.000Z',
    timeZone: 'Europe/Berlin',
    client: r,
    exceptions,
    nextCursor,
  };
}
