import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../core/report-csv.ts';
import type { LedgerEventInput } from '../../core/ledger-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import type { HandlerDeps } from './deps.ts';
import { checkGuard } from './guard.ts';
import { recordLedgerEvent } from './ledger.ts';
import { deleteProfile } from './profiles.ts';
import { clientReport, reportCsvRows, reportDrift, reportOverview } from './report.ts';

// makeDeps: now is Tue 24 Nov 2026 15:00 UTC, the user is in Berlin.
const acme = sampleProfile();
const globex = sampleProfile({
  id: 'globex',
  name: 'Globex',
  color: '#3366cc',
  match: ['globex.com'],
  timeZone: 'Europe/London',
});

let n = 0;
const decision = (
  kind: LedgerEventInput['kind'],
  at: string,
  fields: Partial<LedgerEventInput> = {},
): LedgerEventInput => ({
  id: `d${(n += 1)}`,
  kind,
  profileIds: ['acme'],
  at,
  requestAt: null,
  triage:
    kind === 'sent-anyway'
      ? { answers: { agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'unsure' }, suggestion: 'red-cup' }
      : null,
  provider: 'gmail',
  scheduledFor: null,
  ...fields,
});

async function seeded(): Promise<HandlerDeps> {
  const deps = makeDeps(freshDatabase());
  await deps.profiles.update(() => ({ write: [acme, globex], value: null }));
  const events = [
    decision('sent-inside', '2026-11-23T15:00:00.000Z', { requestAt: '2026-11-23T14:00:00.000Z' }),
    decision('sent-inside', '2026-11-24T14:00:00.000Z', { profileIds: ['acme', 'globex'] }),
    decision('sent-anyway', '2026-11-24T02:00:00.000Z', { requestAt: '2026-11-24T01:00:00.000Z' }),
    decision('sent-emergency', '2026-11-17T02:00:00.000Z'),
    decision('scheduled', '2026-11-20T23:00:00.000Z', {
      scheduledFor: '2026-11-23T13:00:00.000Z',
      queue: { entryId: 'h1', status: 'handed-off', reason: null },
    }),
  ];
  for (const e of events) await recordLedgerEvent(e, CONTENT_SENDER, deps);
  return deps;
}

describe('report messages are for Red Cup’s pages only', () => {
  it.each([
    ['report/overview', reportOverview, { period: { kind: 'weeks', weeks: 4 } }],
    ['report/client', clientReport, { profileId: 'acme', period: { kind: 'weeks', weeks: 4 } }],
    ['report/csv-rows', reportCsvRows, { period: { kind: 'weeks', weeks: 4 } }],
    ['report/drift', reportDrift, undefined],
  ] as const)('%s refuses a mail page', async (name, handler, data) => {
    const answer = await handler(data, CONTENT_SENDER, makeDeps(freshDatabase()));
    expect(answer).toEqual({
      ok: false,
      error: { message: `Refused: "${name}" is only answered for Red Cup's own pages, not for a mail page.` },
    });
  });
});

describe('report/overview', () => {
  it('answers the numbers per client, worst first, with every week of the period', async () => {
    const deps = await seeded();
    const answer = await reportOverview({ period: { kind: 'weeks', weeks: 4 } }, PAGE_SENDER, deps);
    if (!answer.ok) throw new Error(answer.error.message);
    const { clients, totals, timeZone, from, to } = answer.value;
    expect([timeZone, from, to]).toEqual(['Europe/Berlin', '2026-11-01T23:00:00.000Z', '2026-11-29T23:00:00.000Z']);
    expect(
      clients.map((c) => [
        c.name,
        c.totals.replies,
        c.totals.inside,
        c.totals.sentLater,
        c.totals.emergency,
        c.totals.sentAnyway,
        c.totals.consistency,
      ]),
    ).toEqual([
      ['Acme', 5, 2, 1, 1, 1, 0.6],
      ['Globex', 1, 1, 0, 0, 0, 1],
    ]);
    const acmeRow = clients[0];
    expect(acmeRow?.weeks.map((w) => [w.week, w.replies])).toEqual([
      ['2026-W45', 0],
      ['2026-W46', 0],
      ['2026-W47', 1],
      ['2026-W48', 4],
    ]);
    // Two replies outside the boundary in 14 days: the expectation is shifting.
    expect(acmeRow?.drift).toEqual({ exceptions: 2, windowDays: 14, shifting: true });
    // Requested 1 h before, due within 24 h: both known promises kept; the others unknown.
    expect([acmeRow?.totals.promisesKept, acmeRow?.totals.promisesBroken, acmeRow?.totals.promisesUnknown]).toEqual([
      2, 0, 3,
    ]);
    expect(totals.replies).toBe(6);
  });

  it('lists a damaged stored event instead of dropping it', async () => {
    const database = freshDatabase();
    const deps = makeDeps(database);
    await (
      await database()
    ).put('ledger', { id: 'bad', kind: 'sent-inside', reportAt: '2026-11-24T10:00:00.000Z', at: 'yesterday' });
    const answer = await reportOverview({ period: { kind: 'weeks', weeks: 4 } }, PAGE_SENDER, deps);
    expect(answer.ok ? answer.value.invalid.map((r) => [r.store, r.key]) : []).toEqual([['ledger', 'bad']]);
  });

  it('refuses a period that is not one', async () => {
    const deps = makeDeps(freshDatabase());
    expect((await reportOverview({ period: { kind: 'weeks', weeks: 5 } }, PAGE_SENDER, deps)).ok).toBe(false);
    const backwards = await reportOverview(
      { period: { kind: 'range', from: '2026-11-30', to: '2026-11-01' } },
      PAGE_SENDER,
      deps,
    );
    expect(backwards.ok ? '' : backwards.error.message).toMatch(/not a real one/);
  });

  it('a deleted client’s record stays under its last name, marked deleted; deleting the record takes it out', async () => {
    const deps = await seeded();
    await deleteProfile({ id: 'globex' }, PAGE_SENDER, deps);
    let answer = await reportOverview({ period: { kind: 'weeks', weeks: 4 } }, PAGE_SENDER, deps);
    expect(answer.ok ? answer.value.clients.map((c) => [c.name, c.deleted, c.color, c.totals.replies]) : []).toEqual([
      ['Acme', false, '#cc3333', 5],
      ['Globex', true, '#3366cc', 1],
    ]);
    await deleteProfile({ id: 'acme', keepRecord: false }, PAGE_SENDER, deps);
    answer = await reportOverview({ period: { kind: 'weeks', weeks: 4 } }, PAGE_SENDER, deps);
    expect(answer.ok ? answer.value.clients.map((c) => [c.name, c.totals.replies]) : []).toEqual([['Globex', 1]]);
    // The shared reply stays Globex's.
    expect((await deps.ledger.list()).events.map((e) => e.profileIds)).toEqual([['globex']]);
  });
});

describe('report/client', () => {
  it('answers one client’s weeks and its exceptions newest first, page by page', async () => {
    const deps = await seeded();
    const first = await clientReport(
      { profileId: 'acme', period: { kind: 'weeks', weeks: 4 }, limit: 1 },
      PAGE_SENDER,
      deps,
    );
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.client.totals.replies).toBe(5);
    expect(first.value.exceptions).toEqual([
      {
        eventId: expect.any(String),
        at: '2026-11-24T02:00:00.000Z',
        kind: 'sent-anyway',
        triage: {
          answers: { agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'unsure' },
          suggestion: 'red-cup',
        },
        requestAt: '2026-11-24T01:00:00.000Z',
        promiseDeadline: '2026-11-25T01:00:00.000Z',
        promise: 'kept',
        provider: 'gmail',
      },
    ]);
    const cursor = first.value.nextCursor ?? undefined;
    expect(cursor).toBeDefined();
    const second = await clientReport(
      { profileId: 'acme', period: { kind: 'weeks', weeks: 4 }, limit: 1, cursor },
      PAGE_SENDER,
      deps,
    );
    expect(second.ok ? [second.value.exceptions.map((e) => [e.kind, e.promise]), second.value.nextCursor] : []).toEqual(
      [[['sent-emergency', 'unknown']], null],
    );
  });

  it('a client without anything recorded has an empty row, not an error', async () => {
    const deps = await seeded();
    const answer = await clientReport(
      { profileId: 'globex', period: { kind: 'range', from: '2026-10-01', to: '2026-10-31' } },
      PAGE_SENDER,
      deps,
    );
    expect(
      answer.ok
        ? [answer.value.client.totals.replies, answer.value.client.totals.consistency, answer.value.exceptions]
        : [],
    ).toEqual([0, null, []]);
  });
});

describe('report/csv-rows', () => {
  /** Every page's lines read back into rows (the file the page saves, without its header). */
  async function exportRows(deps: HandlerDeps, request: Record<string, unknown> = {}) {
    let lines = '';
    let cursor: string | undefined;
    let pages = 0;
    let count = 0;
    for (;;) {
      const answer = await reportCsvRows(
        { period: { kind: 'weeks', weeks: 4 }, ...request, ...(cursor === undefined ? {} : { cursor }) },
        PAGE_SENDER,
        deps,
      );
      if (!answer.ok) throw new Error(answer.error.message);
      expect(answer.value.today).toBe('2026-11-24');
      lines += answer.value.lines;
      count += answer.value.rows;
      pages += 1;
      if (answer.value.nextCursor === null || pages > 50) break;
      cursor = answer.value.nextCursor;
    }
    const parsed = Papa.parse<string[]>(lines, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data.map((cells) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c.key, cells[i]])));
    expect(rows).toHaveLength(count);
    return { rows, pages };
  }

  it('one row per decision and client, in pages of whole days, never a body, subject or address', async () => {
    const deps = await seeded();
    // Berlin days with rows: 17 Nov (1), 21 Nov (1: the hand-off decided at 00:00), 23 Nov (1), 24 Nov (3).
    const { rows, pages } = await exportRows(deps, { limit: 2 });
    expect(pages).toBe(3);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      at: '2026-11-17T02:00:00.000Z',
      clientTime: '2026-11-16 21:00',
      client: 'Acme',
      kind: 'sent-emergency',
      provider: 'gmail',
      agreedSituation: '',
      realHarm: '',
      emergencyToClient: '',
      suggestion: '',
      requestAt: '',
      promiseDeadline: '',
      promise: 'unknown',
      scheduledFor: '',
    });
    const onlyGlobex = await exportRows(deps, { profileIds: ['globex'] });
    expect(onlyGlobex.rows.map((r) => [r.client, r.clientTime, r.kind])).toEqual([
      ['Globex', '2026-11-24 14:00', 'sent-inside'],
    ]);
  });

  it('the same file again from the stored days, and a renamed client or a late event shows at once', async () => {
    const deps = await seeded();
    const first = await exportRows(deps);
    expect((await exportRows(deps)).rows).toEqual(first.rows);
    await deps.profiles.update(() => ({ write: [{ ...globex, name: 'Globex Europe' }], value: null }));
    await recordLedgerEvent(decision('sent-inside', '2026-11-18T10:00:00.000Z'), CONTENT_SENDER, deps);
    const again = await exportRows(deps);
    expect(again.rows).toHaveLength(first.rows.length + 1);
    expect(again.rows.filter((r) => r.client === 'Globex Europe')).toHaveLength(1);
    expect(again.rows.map((r) => r.at)).toContain('2026-11-18T10:00:00.000Z');
  });
});

describe('drift: where the user decides', () => {
  it('report/drift names the clients whose expectation is shifting (the popup)', async () => {
    const deps = await seeded();
    const answer = await reportDrift(undefined, PAGE_SENDER, deps);
    expect(answer.ok ? answer.value.map((d) => d.summary) : []).toEqual([
      "2 replies outside Acme's hours in 2 weeks — their expectation is shifting",
    ]);
  });

  it('guard/check carries it to the panel before another exception, and only then', async () => {
    const evening = new Date('2026-11-25T01:10:00Z'); // 20:10 in New York: outside
    const deps = { ...(await seeded()), now: () => evening };
    const outside = await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, deps);
    expect(outside.ok ? outside.value.drift?.map((d) => d.text) : []).toEqual([
      "3rd reply outside Acme's hours in 2 weeks — their expectation is shifting",
    ]);
    const inside = await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, {
      ...deps,
      now: () => new Date('2026-11-25T15:00:00Z'),
    });
    expect(inside.ok ? inside.value.drift : null).toEqual([]);
  });
});
