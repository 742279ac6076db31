import { describe, expect, it } from 'vitest';
import type { LedgerEvent, LedgerEventInput } from './ledger-types.ts';
import type { ClientProfile } from './profile.ts';
import { aggregate, driftNotice, driftState, weeklySummaryText, type ReportClient } from './report.ts';
import { entriesToLookUp, promisesFor, repliesOf } from './report-replies.ts';
import type { ClientReportRow, ReportCounts } from './report-types.ts';
import { resolvePeriod, weekGrid } from './report-weeks.ts';
import { profile, weekdays, win } from './testing/profile-fixture.ts';

const acme = profile({
  id: 'acme',
  name: 'Acme',
  timeZone: 'America/New_York',
  hours: weekdays(win('08:00', '18:00')),
  promise: { regular: { kind: 'within-hours', hours: 24 } },
});
const globex = profile({
  id: 'globex',
  name: 'Globex',
  timeZone: 'Europe/London',
  hours: weekdays(win('09:00', '17:00')),
  promise: { regular: { kind: 'within-business-hours', hours: 4 } },
});
const PROFILES = new Map<string, ClientProfile>([
  ['acme', acme],
  ['globex', globex],
]);

let counter = 0;
/** An event as the worker stores it: promises worked out from the profiles, like `ledger/record`. */
function ev(kind: LedgerEvent['kind'], at: string, fields: Partial<LedgerEventInput> = {}): LedgerEvent {
  counter += 1;
  const input: LedgerEventInput = {
    id: fields.id ?? `e${counter}`,
    kind,
    profileIds: ['acme'],
    at,
    requestAt: null,
    triage: null,
    provider: 'gmail',
    scheduledFor: null,
    ...fields,
  };
  const promises = promisesFor(input, PROFILES);
  return { ...input, recordedAt: at, ...(promises === undefined ? {} : { promises }) };
}

/** A queue state change as the queue store writes it (no request time, no promises). */
function queueEv(
  kind: LedgerEvent['kind'],
  at: string,
  entryId: string,
  status: NonNullable<LedgerEvent['queue']>['status'],
  dueAt: string,
): LedgerEvent {
  return ev(kind, at, { scheduledFor: dueAt, queue: { entryId, status, reason: null } });
}

const client = (p: ClientProfile): ReportClient => ({
  id: p.id,
  name: p.name,
  color: p.color,
  deleted: false,
  profile: p,
});

function run(
  events: LedgerEvent[],
  opts: { zone?: string; from: string; to: string; now?: string; clients?: ClientProfile[]; history?: LedgerEvent[] },
) {
  const zone = opts.zone ?? 'UTC';
  const grid = weekGrid(new Date(opts.from), new Date(opts.to), zone);
  const { replies, notes } = repliesOf(events, opts.history ?? []);
  return aggregate({
    replies,
    notes,
    grid,
    now: new Date(opts.now ?? '2030-01-01T00:00:00Z'),
    clients: new Map((opts.clients ?? [acme]).map((p) => [p.id, client(p)])),
    unknownClient: (id) => ({
      id,
      name: id === 'initech' ? 'Initech' : 'Deleted client',
      color: '#808080',
      deleted: true,
      profile: null,
    }),
    drift: () => driftState(0),
  });
}

const row = (result: ReturnType<typeof run>, id: string): ClientReportRow => {
  const found = result.rows.find((r) => r.profileId === id);
  if (found === undefined) throw new Error(`no row for ${id}`);
  return found;
};
const weekCounts = (r: ClientReportRow) => r.weeks.map((w) => [w.week, w.replies]);
const pick = (c: ReportCounts, ...keys: (keyof ReportCounts)[]) => Object.fromEntries(keys.map((k) => [k, c[k]]));

describe('weeks: ISO weeks, Monday 00:00 in the user’s zone', () => {
  it('a DST week in America/New_York is one week of 169 hours (fall back, 1 Nov 2026)', () => {
    const grid = weekGrid(new Date('2026-10-26T04:00:00Z'), new Date('2026-11-09T05:00:00Z'), 'America/New_York');
    expect(grid.labels).toEqual(['2026-W44', '2026-W45']);
    expect(grid.bounds.map((b) => new Date(b).toISOString())).toEqual([
      '2026-10-26T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
      '2026-11-09T05:00:00.000Z',
    ]);
    expect(((grid.bounds[1] ?? 0) - (grid.bounds[0] ?? 0)) / 3_600_000).toBe(169);
  });

  it('a DST week in Europe/London is one week of 167 hours (spring forward, 29 Mar 2026)', () => {
    const grid = weekGrid(new Date('2026-03-23T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), 'Europe/London');
    expect(grid.labels).toEqual(['2026-W13', '2026-W14']);
    expect(((grid.bounds[1] ?? 0) - (grid.bounds[0] ?? 0)) / 3_600_000).toBe(167);
  });

  it('the last N weeks end with the current week; a date range covers whole days in the user’s zone', () => {
    const now = new Date('2026-12-03T11:30:00Z'); // Thursday
    expect(resolvePeriod({ kind: 'weeks', weeks: 4 }, now, 'Europe/Berlin')).toEqual({
      from: new Date('2026-11-08T23:00:00Z'),
      to: new Date('2026-12-06T23:00:00Z'),
    });
    expect(resolvePeriod({ kind: 'range', from: '2026-11-01', to: '2026-11-30' }, now, 'America/New_York')).toEqual({
      from: new Date('2026-11-01T04:00:00Z'),
      to: new Date('2026-12-01T05:00:00Z'),
    });
    expect(resolvePeriod({ kind: 'range', from: '2026-11-30', to: '2026-11-01' }, now, 'UTC')).toBeNull();
    expect(resolvePeriod({ kind: 'range', from: '2026-02-30', to: '2026-03-01' }, now, 'UTC')).toBeNull();
  });
});

describe('aggregation (table)', () => {
  it('Sunday 23:59 and Monday 00:00 in the user’s zone fall in two weeks (New York, across the fall-back week)', () => {
    const events = [
      ev('sent-inside', '2026-11-02T04:59:00Z'), // Sun 1 Nov 23:59 EST
      ev('sent-inside', '2026-11-02T05:00:00Z'), // Mon 2 Nov 00:00 EST
      ev('sent-anyway', '2026-10-26T04:00:00Z'), // Mon 26 Oct 00:00 EDT: the DST week's first instant
    ];
    const r = run(events, { zone: 'America/New_York', from: '2026-10-26T04:00:00Z', to: '2026-11-09T05:00:00Z' });
    expect(weekCounts(row(r, 'acme'))).toEqual([
      ['2026-W44', 2],
      ['2026-W45', 1],
    ]);
    expect(row(r, 'acme').weeks.map((w) => w.consistency)).toEqual([0.5, 1]);
  });

  it('Sunday 23:59 and Monday 00:00 in Europe/London, the week the clocks went forward', () => {
    const events = [ev('sent-inside', '2026-03-29T22:59:00Z'), ev('sent-inside', '2026-03-29T23:00:00Z')];
    const r = run(events, { zone: 'Europe/London', from: '2026-03-23T00:00:00Z', to: '2026-04-05T23:00:00Z' });
    expect(weekCounts(row(r, 'acme'))).toEqual([
      ['2026-W13', 1],
      ['2026-W14', 1],
    ]);
  });

  it('several clients: one row each, worst consistency first, a client without replies last with no percentage', () => {
    const initech = profile({ id: 'initech', name: 'Initech', timeZone: 'UTC' });
    const events = [
      ev('sent-inside', '2026-11-24T15:00:00Z'),
      ev('sent-inside', '2026-11-24T16:00:00Z'),
      ev('sent-anyway', '2026-11-24T17:00:00Z', { profileIds: ['globex'] }),
      ev('sent-inside', '2026-11-24T18:00:00Z', { profileIds: ['globex'] }),
    ];
    const r = run(events, {
      from: '2026-11-23T00:00:00Z',
      to: '2026-11-30T00:00:00Z',
      clients: [acme, globex, initech],
    });
    expect(r.rows.map((x) => [x.name, x.totals.consistency])).toEqual([
      ['Globex', 0.5],
      ['Acme', 1],
      ['Initech', null],
    ]);
    expect(pick(r.totals, 'replies', 'inside', 'sentAnyway')).toEqual({ replies: 4, inside: 3, sentAnyway: 1 });
  });

  it('one reply to two clients counts once for each', () => {
    const r = run([ev('sent-emergency', '2026-11-24T23:00:00Z', { profileIds: ['acme', 'globex'] })], {
      from: '2026-11-23T00:00:00Z',
      to: '2026-11-30T00:00:00Z',
      clients: [acme, globex],
    });
    expect(pick(row(r, 'acme').totals, 'replies', 'emergency')).toEqual({ replies: 1, emergency: 1 });
    expect(pick(row(r, 'globex').totals, 'replies', 'emergency')).toEqual({ replies: 1, emergency: 1 });
    expect(r.totals.replies).toBe(2);
  });

  it('a reply queued in one week and delivered in the next counts once, in the week it went out, judged then', () => {
    const due = '2026-11-30T13:00:00.000Z'; // Mon 08:00 in New York
    const decision = ev('scheduled', '2026-11-27T23:00:00Z', {
      requestAt: '2026-11-27T22:00:00.000Z',
      scheduledFor: due,
      queue: { entryId: 'q1', status: 'pending', reason: null },
    });
    const events = [
      decision,
      queueEv('queued', '2026-11-27T23:00:00Z', 'q1', 'pending', due),
      queueEv('sending', '2026-11-30T13:00:00Z', 'q1', 'sending', due),
      queueEv('delivered', '2026-11-30T13:00:30Z', 'q1', 'sent', due),
    ];
    const r = run(events, { from: '2026-11-23T00:00:00Z', to: '2026-12-07T00:00:00Z' });
    expect(weekCounts(row(r, 'acme'))).toEqual([
      ['2026-W48', 0],
      ['2026-W49', 1],
    ]);
    expect(row(r, 'acme').weeks[0]?.consistency).toBeNull();
    // Requested Fri 17:00 ET, due in 24 hours: delivered Monday, the promise is broken.
    expect(pick(row(r, 'acme').totals, 'sentLater', 'promisesBroken', 'promisesKept')).toEqual({
      sentLater: 1,
      promisesBroken: 1,
      promisesKept: 0,
    });
  });

  it('the delivery week alone finds its decision through the entry’s history (read by entry id)', () => {
    const due = '2026-11-30T13:00:00.000Z';
    const decision = ev('scheduled', '2026-11-30T02:00:00Z', {
      requestAt: '2026-11-30T01:00:00.000Z',
      scheduledFor: due,
      queue: { entryId: 'q2', status: 'pending', reason: null },
    });
    const delivered = queueEv('delivered-late', '2026-11-30T14:00:00Z', 'q2', 'sent', due);
    expect(entriesToLookUp([delivered])).toEqual(['q2']);
    const r = run([delivered], { from: '2026-11-30T00:00:00Z', to: '2026-12-07T00:00:00Z', history: [decision] });
    expect(pick(row(r, 'acme').totals, 'replies', 'sentLater', 'deliveredLate', 'promisesKept')).toEqual({
      replies: 1,
      sentLater: 1,
      deliveredLate: 1,
      promisesKept: 1,
    });
  });

  it('a provider hand-off counts at its due time, not when decided; a cancelled one not at all', () => {
    const handoff = (entryId: string, due: string) =>
      ev('scheduled', '2026-11-27T23:00:00Z', {
        requestAt: '2026-11-27T22:00:00.000Z',
        scheduledFor: due,
        queue: { entryId, status: 'handed-off', reason: null },
      });
    const events = [
      handoff('h1', '2026-11-30T13:00:00.000Z'),
      handoff('h2', '2026-11-30T14:00:00.000Z'),
      queueEv('reply-cancelled', '2026-11-28T10:00:00Z', 'h2', 'cancelled', '2026-11-30T14:00:00.000Z'),
    ];
    const r = run(events, { from: '2026-11-23T00:00:00Z', to: '2026-12-07T00:00:00Z' });
    expect(weekCounts(row(r, 'acme'))).toEqual([
      ['2026-W48', 0],
      ['2026-W49', 1],
    ]);
    expect(row(r, 'acme').totals.promisesBroken).toBe(1);
  });

  it('a hand-off due after now has not gone out yet', () => {
    const r = run(
      [
        ev('scheduled', '2026-12-03T10:00:00Z', {
          scheduledFor: '2026-12-04T13:00:00.000Z',
          queue: { entryId: 'h3', status: 'handed-off', reason: null },
        }),
      ],
      {
        from: '2026-11-30T00:00:00Z',
        to: '2026-12-07T00:00:00Z',
        now: '2026-12-03T11:00:00Z',
      },
    );
    expect(row(r, 'acme').totals.replies).toBe(0);
  });

  it('queue state events and cancelled composes are not replies; moved and delivered late are counted on their own', () => {
    const events = [
      ev('cancelled', '2026-11-24T01:00:00Z'),
      queueEv('queued', '2026-11-24T01:00:00Z', 'q9', 'pending', '2026-11-24T13:00:00.000Z'),
      queueEv('moved', '2026-11-24T14:00:00Z', 'q9', 'pending', '2026-11-25T13:00:00.000Z'),
      queueEv('retrying', '2026-11-25T13:01:00Z', 'q9', 'failed', '2026-11-25T13:00:00.000Z'),
      queueEv('delivered-late', '2026-11-25T14:00:00Z', 'q9', 'sent', '2026-11-25T13:00:00.000Z'),
    ];
    const r = run(events, { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' });
    // No decision names the entry (written before decisions did): not a reply, still a late delivery.
    expect(pick(row(r, 'acme').totals, 'replies', 'moved', 'deliveredLate')).toEqual({
      replies: 0,
      moved: 1,
      deliveredLate: 1,
    });
  });

  it('a queued reply sent now from the queue page counts once, as that decision, with the request its scheduling named', () => {
    const due = '2026-11-25T13:00:00.000Z';
    const events = [
      ev('scheduled', '2026-11-24T01:00:00Z', {
        requestAt: '2026-11-24T00:30:00.000Z',
        scheduledFor: due,
        queue: { entryId: 'q5', status: 'pending', reason: null },
      }),
      queueEv('sent-anyway', '2026-11-24T02:00:00Z', 'q5', 'pending', '2026-11-24T02:00:00.000Z'),
      queueEv('delivered', '2026-11-24T02:01:00Z', 'q5', 'sent', '2026-11-24T02:00:00.000Z'),
    ];
    const r = run(events, { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' });
    expect(pick(row(r, 'acme').totals, 'replies', 'sentAnyway', 'sentLater', 'promisesKept')).toEqual({
      replies: 1,
      sentAnyway: 1,
      sentLater: 0,
      promisesKept: 1,
    });
  });

  it('unknown request time: the promise is unknown, never kept', () => {
    const r = run(
      [
        ev('sent-inside', '2026-11-24T15:00:00Z'),
        ev('sent-inside', '2026-11-24T16:00:00Z', { requestAt: '2026-11-24T14:00:00.000Z' }),
      ],
      { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' },
    );
    expect(pick(row(r, 'acme').totals, 'promisesKept', 'promisesBroken', 'promisesUnknown')).toEqual({
      promisesKept: 1,
      promisesBroken: 0,
      promisesUnknown: 1,
    });
  });

  it('an event stored before promises were recorded (version 3) reads as promise unknown, even with a request time', () => {
    const old: LedgerEvent = {
      id: 'old',
      kind: 'sent-inside',
      profileIds: ['acme'],
      at: '2026-11-24T15:00:00.000Z',
      requestAt: '2026-11-24T14:00:00.000Z',
      triage: null,
      provider: 'gmail',
      scheduledFor: null,
      recordedAt: '2026-11-24T15:00:00.000Z',
    };
    const r = run([old], { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' });
    expect(row(r, 'acme').totals.promisesUnknown).toBe(1);
  });

  it('a deleted client is shown under its last name, marked deleted, without a business-hours median', () => {
    const r = run(
      [ev('sent-anyway', '2026-11-24T15:00:00Z', { profileIds: ['initech'], requestAt: '2026-11-24T14:00:00.000Z' })],
      { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' },
    );
    const gone = row(r, 'initech');
    expect([
      gone.name,
      gone.deleted,
      gone.timeZone,
      gone.totals.sentAnyway,
      gone.totals.medianReplyBusinessMinutes,
      gone.totals.promisesUnknown,
    ]).toEqual(['Initech', true, null, 1, null, 1]);
    expect(r.rows.map((x) => x.profileId)).toEqual(['initech', 'acme']);
  });

  it('median reply time counts only the client’s business hours', () => {
    const events = [
      // Requested Fri 17:00 ET, answered Mon 09:00 ET: 1 h Friday + 1 h Monday = 120 business minutes.
      ev('sent-inside', '2026-11-30T14:00:00Z', { requestAt: '2026-11-27T22:00:00.000Z' }),
      // Requested Tue 10:00, answered 10:30: 30 minutes.
      ev('sent-inside', '2026-11-24T15:30:00Z', { requestAt: '2026-11-24T15:00:00.000Z' }),
      // Requested Tue 10:00, answered Tue 12:00: 120 minutes.
      ev('sent-inside', '2026-11-24T17:00:00Z', { requestAt: '2026-11-24T15:00:00.000Z' }),
    ];
    const r = run(events, { from: '2026-11-23T00:00:00Z', to: '2026-12-07T00:00:00Z' });
    expect(row(r, 'acme').weeks.map((w) => w.medianReplyBusinessMinutes)).toEqual([75, 120]);
    expect(row(r, 'acme').totals.medianReplyBusinessMinutes).toBe(120);
  });
});

describe('promises recorded at write time', () => {
  it('judges a reply sent now and a hand-off at its due time; leaves a queued reply to be judged when it goes out', () => {
    const base = {
      id: 'x',
      profileIds: ['acme', 'globex'],
      at: '2026-11-24T15:00:00.000Z',
      requestAt: '2026-11-24T14:00:00.000Z',
      triage: null,
      provider: 'gmail' as const,
      scheduledFor: null,
    };
    expect(promisesFor({ ...base, kind: 'sent-inside' }, PROFILES)).toEqual([
      { profileId: 'acme', deadline: '2026-11-25T14:00:00.000Z', outcome: 'kept' },
      // 4 business hours in London from 14:00 GMT: 17:00 today 3 h, then 1 h Wednesday → 10:00.
      { profileId: 'globex', deadline: '2026-11-25T10:00:00.000Z', outcome: 'kept' },
    ]);
    expect(
      promisesFor(
        {
          ...base,
          kind: 'scheduled',
          scheduledFor: '2026-11-25T13:00:00.000Z',
          queue: { entryId: 'h', status: 'handed-off', reason: null },
        },
        PROFILES,
      )?.map((p) => p.outcome),
    ).toEqual(['kept', 'broken']);
    expect(
      promisesFor(
        {
          ...base,
          kind: 'scheduled',
          scheduledFor: '2026-11-25T13:00:00.000Z',
          queue: { entryId: 'q', status: 'pending', reason: null },
        },
        PROFILES,
      )?.map((p) => p.outcome),
    ).toEqual([null, null]);
    expect(promisesFor({ ...base, kind: 'sent-inside', requestAt: null }, PROFILES)).toBeUndefined();
    expect(promisesFor({ ...base, kind: 'cancelled' }, PROFILES)).toBeUndefined();
    // A client without a stored profile has no promise to judge.
    expect(promisesFor({ ...base, kind: 'sent-inside', profileIds: ['initech'] }, PROFILES)).toEqual([]);
  });
});

describe('drift', () => {
  it('says so from the second reply outside the boundary in 14 days, real emergencies included', () => {
    expect(driftNotice({ id: 'acme', name: 'Acme' }, driftState(1))).toBeNull();
    expect(driftNotice({ id: 'acme', name: 'Acme' }, driftState(2))).toEqual({
      profileId: 'acme',
      name: 'Acme',
      exceptions: 2,
      windowDays: 14,
      text: "3rd reply outside Acme's hours in 2 weeks — their expectation is shifting",
      summary: "2 replies outside Acme's hours in 2 weeks — their expectation is shifting",
    });
    expect(driftNotice({ id: 'g', name: 'Globex Industries' }, driftState(10))?.text).toBe(
      "11th reply outside Globex Industries' hours in 2 weeks — their expectation is shifting",
    );
    expect(driftNotice({ id: 'g', name: 'G' }, driftState(20))?.text).toMatch(/^21st /);
  });
});

describe('weekly summary text', () => {
  const counts = (c: Partial<ReportCounts>): ReportCounts => ({
    replies: 0,
    inside: 0,
    sentLater: 0,
    emergency: 0,
    sentAnyway: 0,
    deliveredLate: 0,
    moved: 0,
    promisesKept: 0,
    promisesBroken: 0,
    promisesUnknown: 0,
    consistency: null,
    medianReplyBusinessMinutes: null,
    ...c,
  });
  it('names the red cups sent anyway and their clients', () => {
    expect(
      weeklySummaryText([
        { name: 'Acme', totals: counts({ replies: 30, inside: 25, sentLater: 4, sentAnyway: 1 }) },
        { name: 'Globex', totals: counts({ replies: 10, inside: 9, emergency: 1 }) },
      ]),
    ).toBe(
      "Last week: 38 of 40 replies inside your clients' hours; 1 red cup sent anyway (Acme); 1 real emergency (Globex)",
    );
    expect(weeklySummaryText([{ name: 'Acme', totals: counts({ replies: 1, inside: 1 }) }])).toBe(
      "Last week: 1 of 1 reply inside your clients' hours",
    );
    expect(weeklySummaryText([{ name: 'Acme', totals: counts({}) }])).toBeNull();
  });
});
