/**
 * `report/overview`, `report/client`, `report/csv-rows`, `report/drift` (issue 12): pages only —
 * the mail page's content script gets nothing but the drift warning, inside `guard/check`.
 * Every answer carries the numbers the page shows, never raw events, bodies, subjects or
 * addresses; stored records that fail validation are listed, never dropped silently.
 */
import * as v from 'valibot';
import { replyPromise } from '../../core/report-replies.ts';
import type { ReportException, ReportPeriod } from '../../core/report-types.ts';
import { resolvePeriod, todayIn } from '../../core/report-weeks.ts';
import { buildOverview, buildReport, driftNotices, reportClients } from '../report/build.ts';
import { csvPage } from '../report/csv-pages.ts';
import { defineHandler, PAGES_ONLY } from './define.ts';
import { parseRequest } from './requests.ts';
import { ok, refused } from '../../messaging/result.ts';

const DateSchema = v.pipe(
  v.string('A date must be text.'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must look like 2026-12-03.'),
);

const PeriodSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('weeks'), weeks: v.picklist([4, 12, 52], 'The period must be 4, 12 or 52 weeks.') }),
    v.object({ kind: v.literal('range'), from: DateSchema, to: DateSchema }),
  ],
  'The period must be a number of weeks or a date range.',
);

const ProfileId = v.pipe(
  v.string('A client id must be text.'),
  v.nonEmpty('A client id must not be empty.'),
  v.maxLength(200, 'A client id is at most 200 characters.'),
);
const Cursor = v.optional(
  v.pipe(v.string('A cursor must be text.'), v.maxLength(300, 'A cursor is at most 300 characters.')),
);

const OverviewSchema = v.object({ period: PeriodSchema });
const ClientSchema = v.object({
  profileId: ProfileId,
  period: PeriodSchema,
  cursor: Cursor,
  limit: v.optional(
    v.pipe(
      v.number('The page size must be a number.'),
      v.integer('The page size must be whole.'),
      v.minValue(1, 'The page size must be at least 1.'),
      v.maxValue(200, 'The page size is at most 200.'),
    ),
  ),
});
const CsvSchema = v.object({
  period: PeriodSchema,
  profileIds: v.optional(
    v.pipe(v.array(ProfileId, 'The clients must be a list.'), v.maxLength(1_000, 'At most 1,000 clients.')),
  ),
  cursor: Cursor,
  limit: v.optional(
    v.pipe(
      v.number('The page size must be a number.'),
      v.integer('The page size must be whole.'),
      v.minValue(1, 'The page size must be at least 1.'),
      v.maxValue(20_000, 'The page size is at most 20,000.'),
    ),
  ),
});

const BAD_PERIOD = 'The report period is not a real one: choose a start date on or before the end date.';

export const reportOverview = defineHandler({
  name: 'report/overview',
  allow: PAGES_ONLY,
  failure: 'Could not build the report',
  run: async (data, { ledger, profiles, now, userZone }) => {
    const request = parseRequest(OverviewSchema, data, 'the report request');
    if (!request.ok) return request.refusal;
    const zone = userZone();
    const built = await buildOverview(
      { ledger, profiles, now: now(), userZone: zone },
      request.value.period as ReportPeriod,
    );
    if (built === null) return refused(BAD_PERIOD);
    return ok({
      from: built.from.toISOString(),
      to: built.to.toISOString(),
      timeZone: zone,
      clients: built.rows,
      totals: built.totals,
      invalid: built.invalid,
    });
  },
});

const EXCEPTION_CLASSES = new Set(['emergency', 'sentAnyway']);

export const clientReport = defineHandler({
  name: 'report/client',
  allow: PAGES_ONLY,
  failure: 'Could not build the client’s report',
  run: async (data, { ledger, profiles, now, userZone }) => {
    const request = parseRequest(ClientSchema, data, 'the client report request');
    if (!request.ok) return request.refusal;
    const { profileId, period, cursor, limit = 50 } = request.value;
    const zone = userZone();
    const built = await buildReport(
      { ledger, profiles, now: now(), userZone: zone },
      period as ReportPeriod,
      profileId,
    );
    if (built === null) return refused(BAD_PERIOD);
    const client = built.rows[0];
    if (client === undefined) return refused('That client is not known to Red Cup.');
    // Newest first; the cursor is the last one given (`<ms>|<event id>`).
    const all = built.replies
      .filter((r) => EXCEPTION_CLASSES.has(r.cls) && r.profileIds.includes(profileId) && r.at < now().getTime())
      .sort((a, b) => b.at - a.at || (a.eventId < b.eventId ? 1 : -1));
    let start = 0;
    if (cursor !== undefined) {
      const i = all.findIndex((r) => `${r.at}|${r.eventId}` === cursor);
      start = i < 0 ? all.length : i + 1;
    }
    const page = all.slice(start, start + limit);
    const exceptions: ReportException[] = page.map((r) => {
      const promise = replyPromise(r, profileId);
      return {
        eventId: r.eventId,
        at: new Date(r.at).toISOString(),
        kind: r.cls === 'emergency' ? 'sent-emergency' : 'sent-anyway',
        triage: r.triage,
        requestAt: r.requestAt,
        promiseDeadline: promise.deadline,
        promise: promise.outcome,
        provider: r.provider,
      };
    });
    const last = page[page.length - 1];
    const nextCursor = start + limit < all.length && last !== undefined ? `${last.at}|${last.eventId}` : null;
    return ok({
      from: built.from.toISOString(),
      to: built.to.toISOString(),
      timeZone: zone,
      client,
      exceptions,
      nextCursor,
    });
  },
});

export const reportCsvRows = defineHandler({
  name: 'report/csv-rows',
  allow: PAGES_ONLY,
  failure: 'Could not read the record for the CSV file',
  run: async (data, { ledger, profiles, now, userZone }) => {
    const request = parseRequest(CsvSchema, data, 'the CSV request');
    if (!request.ok) return request.refusal;
    const { period, profileIds, cursor, limit = 5_000 } = request.value;
    const zone = userZone();
    const at = now();
    const span = resolvePeriod(period as ReportPeriod, at, zone);
    if (span === null) return refused(BAD_PERIOD);
    const clients = await reportClients(ledger, profiles);
    const page = await csvPage(ledger, clients, {
      span,
      zone,
      now: at,
      cursor: cursor ?? null,
      limit,
      ...(profileIds === undefined ? {} : { only: new Set(profileIds) }),
    });
    return ok({ ...page, today: todayIn(zone, at) });
  },
});

export const reportDrift = defineHandler({
  name: 'report/drift',
  allow: PAGES_ONLY,
  failure: 'Could not check how consistent the replies were',
  run: async (_data, { ledger, profiles, now }) => {
    const { profiles: stored } = await profiles.list();
    return ok(await driftNotices(ledger, stored, now()));
  },
});
