/**
 * `report/overview`, `report/client`, `report/csv-rows`, `report/drift` (issue 12): pages only —
 * the mail page's content script gets nothing but the drift warning, inside `guard/check`.
 * Every answer carries the numbers the page shows, never raw events, bodies, subjects or
 * addresses; stored records that fail validation are listed, never dropped silently.
 */
import { replyPromise } from '../../core/report-replies.ts';
import type { ReportException } from '../../core/report-types.ts';
import { resolvePeriod, todayIn } from '../../core/report-weeks.ts';
import { buildOverview, buildReport, driftNotices, reportClients } from '../report/build.ts';
import { csvPage } from '../report/csv-pages.ts';
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

const BAD_PERIOD = 'The report period is not a real one: choose a start date on or before the end date.';

export const reportOverview = defineHandler('report/overview', {
  failure: 'Could not build the report',
  run: async (request, { ledger, profiles, now, userZone }) => {
    const zone = userZone();
    const built = await buildOverview({ ledger, profiles, now: now(), userZone: zone }, request.period);
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

export const clientReport = defineHandler('report/client', {
  failure: 'Could not build the client’s report',
  run: async (request, { ledger, profiles, now, userZone }) => {
    const { profileId, period, cursor, limit = 50 } = request;
    const zone = userZone();
    const built = await buildReport({ ledger, profiles, now: now(), userZone: zone }, period, profileId);
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

export const reportCsvRows = defineHandler('report/csv-rows', {
  failure: 'Could not read the record for the CSV file',
  run: async (request, { ledger, profiles, now, userZone }) => {
    const { period, profileIds, cursor, limit = 5_000 } = request;
    const zone = userZone();
    const at = now();
    const span = resolvePeriod(period, at, zone);
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

export const reportDrift = defineHandler('report/drift', {
  failure: 'Could not check how consistent the replies were',
  run: async (_data, { ledger, profiles, now }) => {
    const { profiles: stored } = await profiles.list();
    return ok(await driftNotices(ledger, stored, now()));
  },
});
