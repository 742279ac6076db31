import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../core/ledger-types.ts';
import { aggregate, driftState } from '../../core/report.ts';
import { repliesOf } from '../../core/report-replies.ts';
import { resolvePeriod, weekGrid } from '../../core/report-weeks.ts';
import { seededRandom } from '../../core/testing/seeded-random.ts';
import type { HandlerDeps } from '../handlers/deps.ts';
import type { DatabaseProvider } from '../storage/connection.ts';
import { freshDatabase } from '../test-support/db.ts';
import { makeDeps, sampleProfile } from '../test-support/fixtures.ts';
import { buildOverview, reportClients, type ReportSources } from './build.ts';
import { forgetClientRecord } from './deleted-clients.ts';
import { periodTallies } from './period-tallies.ts';
import { pruneBefore } from './retention.ts';

const NOW = new Date('2026-11-24T15:00:00Z'); // Tuesday; the user is in Berlin (makeDeps)
const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;
const acme = sampleProfile();
const globex = sampleProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], timeZone: 'Europe/London' });

async function deps(database: DatabaseProvider = freshDatabase()): Promise<HandlerDeps> {
  const d = makeDeps(database, NOW);
  await d.profiles.update(() => ({ write: [acme, globex], value: null }));
  return d;
}

const sources = (d: HandlerDeps, now = NOW): ReportSources => ({
  ledger: d.ledger,
  profiles: d.profiles,
  now,
  userZone: ZONE,
});

/** The report as it was made before tallies: every event of the period read and aggregated at once. */
async function fromEvents(d: HandlerDeps, now = NOW) {
  const span = resolvePeriod({ kind: 'weeks', weeks: 4 }, now, ZONE);
  if (span === null) throw new Error('no period');
  const grid = weekGrid(span.from, span.to, ZONE);
  const [clients, read] = await Promise.all([
    reportClients(d.ledger, d.profiles),
    d.ledger.forReport({ from: span.from.toISOString(), to: span.to.toISOString() }),
  ]);
  const { replies, notes } = repliesOf(read.events, read.history);
  const exceptions = await d.ledger.exceptionsSince(
    [...new Set([...clients.stored.keys(), ...replies.flatMap((r) => r.profileIds)])],
    new Date(now.getTime() - 14 * DAY).toISOString(),
  );
  return aggregate({
    replies,
    notes,
    grid,
    now,
    clients: clients.stored,
    unknownClient: clients.of,
    drift: (id) => driftState(exceptions.get(id) ?? 0),
  });
}

let n = 0;
function event(kind: LedgerEvent['kind'], at: number, fields: Partial<LedgerEvent> = {}): LedgerEvent {
  n += 1;
  const iso = new Date(at).toISOString();
  return {
    id: `e${n}`,
    kind,
    profileIds: ['acme'],
    at: iso,
    requestAt: new Date(at - 3_600_000).toISOString(),
    triage: null,
    provider: 'gmail',
    scheduledFor: null,
    recordedAt: iso,
    promises: [{ profileId: 'acme', deadline: new Date(at + DAY).toISOString(), outcome: 'kept' }],
    ...fields,
  };
}

function randomEvents(seed: number, count: number): LedgerEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const from = NOW.getTime() - 30 * DAY;
  return Array.from({ length: count }, () => {
    const at = from + Math.floor(random() * 31 * DAY);
    const kind = pick(['sent-inside', 'sent-anyway', 'sent-emergency', 'scheduled'] as const);
    const profileIds = pick([['acme'], ['globex'], ['acme', 'globex'], ['gone']]);
    if (kind !== 'scheduled') return event(kind, at, { profileIds });
    n += 1;
    return event('scheduled', at, {
      profileIds,
      scheduledFor: new Date(at + Math.floor(random() * 2 * DAY)).toISOString(),
      queue: { entryId: `h${n}`, status: 'handed-off', reason: null },
    });
  });
}

describe('periodTallies: closed days from stored tallies, the rest from events', () => {
  it('stores each closed day once, and counts only the days not over yet the next time', async () => {
    const d = await deps();
    for (const e of randomEvents(1, 200)) await d.ledger.put(e);
    const span = resolvePeriod({ kind: 'weeks', weeks: 4 }, NOW, ZONE);
    if (span === null) throw new Error('no period');
    const first = await periodTallies(d.ledger, span, ZONE, NOW);
    // 2 Nov – 29 Nov in Berlin: 28 days, of which 2–23 Nov are over (22) and 24–29 Nov are not (6).
    expect([first.days.length, first.counted]).toEqual([28, 28]);
    const second = await periodTallies(d.ledger, span, ZONE, NOW);
    expect(second.counted).toBe(6);
    expect(second.days).toEqual(first.days);
  });

  it('tells the same numbers as reading every event, warm or cold, after late writes, pruning and forgetting a client', async () => {
    for (const seed of [1, 2, 3]) {
      const d = await deps();
      for (const e of randomEvents(seed, 300)) await d.ledger.put(e);
      const overview = async () => {
        const built = await buildOverview(sources(d), { kind: 'weeks', weeks: 4 });
        return { rows: built?.rows, totals: built?.totals };
      };
      expect(await overview()).toEqual(await fromEvents(d));
      expect(await overview()).toEqual(await fromEvents(d));
      // A retried write lands in a day already over (and stored): that day is counted again.
      await d.ledger.put(event('sent-anyway', NOW.getTime() - 10 * DAY, { profileIds: ['globex'] }));
      expect(await overview()).toEqual(await fromEvents(d));
      await pruneBefore(d.ledger, new Date(NOW.getTime() - 12 * DAY));
      expect(await overview()).toEqual(await fromEvents(d));
      await forgetClientRecord(d.ledger, 'acme');
      const after = await overview();
      expect(after).toEqual(await fromEvents(d));
      expect(after.rows?.find((r) => r.profileId === 'acme')?.totals.replies).toBe(0);
    }
  });

  it('follows a change of the user’s zone: other days, never the tallies of the old zone', async () => {
    const d = await deps();
    for (const e of randomEvents(4, 200)) await d.ledger.put(e);
    const berlin = await buildOverview(sources(d), { kind: 'weeks', weeks: 4 });
    const sydney = await buildOverview({ ...sources(d), userZone: 'Australia/Sydney' }, { kind: 'weeks', weeks: 4 });
    const sydneyAgain = await buildOverview(
      { ...sources(d), userZone: 'Australia/Sydney' },
      { kind: 'weeks', weeks: 4 },
    );
    expect(sydney?.from).not.toEqual(berlin?.from);
    expect(sydneyAgain?.rows).toEqual(sydney?.rows);
  });

  it('does not store what it counted when a client was forgotten meanwhile', async () => {
    const d = await deps();
    for (const e of randomEvents(5, 100)) await d.ledger.put(e);
    const from = NOW.getTime() - 20 * DAY;
    const { epoch } = await d.ledger.read(ZONE, from, NOW.getTime());
    await forgetClientRecord(d.ledger, 'globex');
    const span = { from: new Date(from), to: new Date(from + DAY) };
    const stale = await periodTallies(d.ledger, span, ZONE, NOW);
    expect(await d.ledger.write(stale.days, epoch)).toBe(false);
    expect(await d.ledger.write(stale.days, (await d.ledger.read(ZONE, from, from + DAY)).epoch)).toBe(true);
  });

  it('lists a damaged record with the day it counts in, every time that day is in a report', async () => {
    const database = freshDatabase();
    const d = await deps(database);
    await d.ledger.put(event('sent-inside', NOW.getTime() - 5 * DAY));
    const db = await database();
    await db.put('ledger', {
      id: 'bad',
      kind: 'sent-inside',
      reportAt: new Date(NOW.getTime() - 5 * DAY).toISOString(),
      clientKeys: [],
    });
    const twice = [
      await buildOverview(sources(d), { kind: 'weeks', weeks: 4 }),
      await buildOverview(sources(d), { kind: 'weeks', weeks: 4 }),
    ];
    expect(twice.map((b) => b?.invalid.map((r) => r.key))).toEqual([['bad'], ['bad']]);
  });
});
