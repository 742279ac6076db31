import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from './ledger-types.ts';
import type { ClientProfile } from './profile.ts';
import { aggregate, aggregateTallies, driftState, type ReportClient } from './report.ts';
import { promisesFor, repliesOf } from './report-replies.ts';
import { tallySpans } from './report-tally.ts';
import { dayBounds, weekGrid } from './report-weeks.ts';
import { profile, weekdays, win } from './testing/profile-fixture.ts';
import { seededRandom } from './testing/seeded-random.ts';

const acme = profile({
  id: 'acme',
  name: 'Acme',
  timeZone: 'America/New_York',
  hours: weekdays(win('08:00', '18:00')),
  promise: { regular: { kind: 'within-hours', hours: 24 } },
});
const koala = profile({
  id: 'koala',
  name: 'Koala',
  timeZone: 'Australia/Sydney',
  hours: weekdays(win('09:00', '17:00')),
  promise: { regular: { kind: 'within-business-hours', hours: 4 } },
});
const PROFILES = new Map<string, ClientProfile>([
  ['acme', acme],
  ['koala', koala],
]);
const clients = new Map<string, ReportClient>(
  [acme, koala].map((p) => [p.id, { id: p.id, name: p.name, color: p.color, deleted: false, profile: p }]),
);
const shape = {
  clients,
  unknownClient: (id: string): ReportClient => ({
    id,
    name: 'Deleted client',
    color: '#808080',
    deleted: true,
    profile: null,
  }),
  drift: () => driftState(0),
};

const DAY = 86_400_000;

describe('dayBounds: the days of a period in the user’s zone', () => {
  it.each([
    // Europe/Berlin leaves summer time on Sunday 25 October 2026: that day is 25 hours long, the Monday after 24.
    ['Europe/Berlin', '2026-10-24T22:00:00.000Z', '2026-10-26T23:00:00.000Z', [25, 24]],
    // America/New_York begins summer time on Sunday 8 March 2026: 23 hours.
    ['America/New_York', '2026-03-07T05:00:00.000Z', '2026-03-09T04:00:00.000Z', [24, 23]],
    // Australia/Sydney begins summer time on Sunday 4 October 2026.
    ['Australia/Sydney', '2026-10-02T14:00:00.000Z', '2026-10-04T13:00:00.000Z', [24, 23]],
  ])('%s from %s: days of %j hours', (zone, from, to, hours) => {
    const bounds = dayBounds(new Date(from), new Date(to), zone);
    expect(bounds[0]).toBe(Date.parse(from));
    expect(bounds.slice(1).map((b, i) => (b - (bounds[i] ?? 0)) / 3_600_000)).toEqual(hours);
  });

  it('puts every day of a year inside one week of the same zone’s grid', () => {
    for (const zone of ['Europe/Berlin', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Havana']) {
      const from = new Date('2025-12-29T12:00:00Z');
      const to = new Date('2027-01-04T12:00:00Z');
      const grid = weekGrid(from, to, zone);
      const days = dayBounds(new Date(grid.bounds[0] ?? 0), new Date(grid.bounds[grid.bounds.length - 1] ?? 0), zone);
      const weekOf = (ms: number) => grid.bounds.findIndex((b, i) => ms >= b && ms < (grid.bounds[i + 1] ?? -1));
      for (let i = 0; i + 1 < days.length; i++) {
        const start = days[i] ?? 0;
        const lastMs = (days[i + 1] ?? 0) - 1;
        expect(weekOf(start), `${zone} ${new Date(start).toISOString()}`).toBe(weekOf(lastMs));
      }
    }
  });
});

/** A random ledger of a few weeks: replies of every kind, to one client or both, hand-offs, cancellations, Red Cup's queue. */
function randomLedger(seed: number, from: number, days: number): LedgerEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const events: LedgerEvent[] = [];
  let n = 0;
  const push = (e: Omit<LedgerEvent, 'recordedAt' | 'promises'>) => {
    const promises = promisesFor(e, PROFILES);
    events.push({ ...e, recordedAt: e.at, ...(promises === undefined ? {} : { promises }) });
  };
  for (let i = 0; i < 300; i++) {
    const at = from + Math.floor(random() * days * DAY);
    const iso = new Date(at).toISOString();
    const profileIds = pick([['acme'], ['koala'], ['acme', 'koala'], ['gone']]);
    const requestAt = random() < 0.7 ? new Date(at - Math.floor(random() * 3 * DAY)).toISOString() : null;
    const base = { profileIds, at: iso, requestAt, triage: null, provider: pick(['gmail', 'outlook'] as const) };
    const kind = pick(['sent-inside', 'sent-anyway', 'sent-emergency', 'handoff', 'queue'] as const);
    n += 1;
    if (kind === 'handoff') {
      const due = new Date(at + Math.floor(random() * 2 * DAY)).toISOString();
      const queue = { entryId: `h${n}`, status: 'handed-off', reason: null } as const;
      push({ ...base, id: `d${n}`, kind: 'scheduled', scheduledFor: due, queue });
      if (random() < 0.2)
        push({
          ...base,
          id: `c${n}`,
          kind: 'reply-cancelled',
          at: new Date(at + 60_000).toISOString(),
          requestAt: null,
          scheduledFor: due,
          queue: { ...queue, status: 'cancelled' },
        });
    } else if (kind === 'queue') {
      const due = at + Math.floor(random() * 2 * DAY);
      const queue = { entryId: `q${n}`, status: 'pending', reason: null } as const;
      push({ ...base, id: `d${n}`, kind: 'scheduled', scheduledFor: new Date(due).toISOString(), queue });
      const late = random() < 0.2;
      push({
        ...base,
        id: `x${n}`,
        kind: late ? 'delivered-late' : 'delivered',
        at: new Date(due + (late ? 3_600_000 : 5_000)).toISOString(),
        requestAt: null,
        scheduledFor: new Date(due).toISOString(),
        queue: { ...queue, status: 'sent' },
      });
    } else {
      push({ ...base, id: `d${n}`, kind, scheduledFor: null, triage: null });
    }
  }
  return events;
}

describe('aggregateTallies: day tallies add up to the report made from the replies', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: the same rows in Berlin, New York and Sydney', (seed) => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney']) {
      const from = Date.parse('2026-10-19T00:00:00Z');
      const grid = weekGrid(new Date(from), new Date(from + 28 * DAY), zone);
      const events = randomLedger(seed, from - 3 * DAY, 35);
      const { replies, notes } = repliesOf(events);
      const now = new Date(from + 26 * DAY);
      const first = grid.bounds[0] ?? 0;
      const last = grid.bounds[grid.bounds.length - 1] ?? 0;
      const days = tallySpans(replies, notes, dayBounds(new Date(first), new Date(last), zone), now.getTime());
      const byReplies = aggregate({ ...shape, replies, notes, grid, now });
      const byDays = aggregateTallies({ ...shape, spans: days, grid });
      expect(byDays).toEqual(byReplies);
      expect(byDays.totals.replies).toBeGreaterThan(100);
    }
  });
});
