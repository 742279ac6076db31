import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../core/ledger-types.ts';
import { dueSummaryWeek, nextSummaryAt, retentionCutoff } from '../../core/report-weeks.ts';
import { freshDatabase } from '../test-support/db.ts';
import { makeDeps, sampleProfile } from '../test-support/fixtures.ts';
import { onReportAlarm, PRUNE_ALARM, startReportAlarms, WEEKLY_ALARM, type ReportAlarmDeps } from './alarms.ts';
import { nextBatchSize, PRUNE_BATCH, pruneBefore } from './retention.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';

const stored = (id: string, at: string, kind: LedgerEvent['kind'] = 'sent-inside'): LedgerEvent => ({
  id,
  kind,
  profileIds: ['acme'],
  at,
  requestAt: null,
  triage: null,
  provider: 'gmail',
  scheduledFor: null,
  recordedAt: at,
});

interface World {
  deps: ReportAlarmDeps;
  shown: { id: string; message: string }[];
  alarms: Map<string, { when: Date; period?: number }>;
  logged: string[];
  setNow: (iso: string) => void;
}

async function world(nowIso: string, settings: Record<string, unknown> = { weeklySummary: true }): Promise<World> {
  let now = new Date(nowIso);
  const base = makeDeps(freshDatabase(), now);
  await base.profiles.update(() => ({ write: [sampleProfile()], value: null }));
  await base.settings.patch(settings);
  const shown: World['shown'] = [];
  const alarms: World['alarms'] = new Map();
  const logged: string[] = [];
  const deps: ReportAlarmDeps = {
    ledger: base.ledger,
    profiles: base.profiles,
    settings: base.settings,
    now: () => now,
    userZone: () => 'Europe/Berlin',
    notify: (id, _title, message) => Promise.resolve(void shown.push({ id, message })),
    setAlarm: (name, when, period) =>
      Promise.resolve(void alarms.set(name, period === undefined ? { when } : { when, period })),
    alarmExists: (name) => Promise.resolve(alarms.has(name)),
    warn: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
    info: (message) => void logged.push(message),
  };
  return { deps, shown, alarms, logged, setNow: (iso) => (now = new Date(iso)) };
}

describe('the weekly summary', () => {
  it('is due from Monday 09:00 in the user’s zone, for the week before', () => {
    expect(dueSummaryWeek(new Date('2026-11-30T07:59:00Z'), 'Europe/Berlin').label).toBe('2026-W47');
    expect(dueSummaryWeek(new Date('2026-11-30T08:00:00Z'), 'Europe/Berlin')).toEqual({
      label: '2026-W48',
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(nextSummaryAt(new Date('2026-11-24T15:00:00Z'), 'Europe/Berlin')).toEqual(new Date('2026-11-30T08:00:00Z'));
    expect(nextSummaryAt(new Date('2026-11-30T08:00:00Z'), 'America/New_York')).toEqual(
      new Date('2026-11-30T14:00:00Z'),
    );
  });

  it('is shown on Monday at 09:00, once, with last week’s numbers; the alarm is set for the next Monday', async () => {
    const w = await world('2026-11-30T08:00:00Z');
    await w.deps.ledger.put(stored('a', '2026-11-24T15:00:00.000Z'));
    await w.deps.ledger.put(stored('b', '2026-11-25T01:00:00.000Z', 'sent-anyway'));
    await w.deps.ledger.put(stored('c', '2026-11-30T07:00:00.000Z')); // this week: not in it
    expect(await onReportAlarm(WEEKLY_ALARM, w.deps)).toBe(true);
    expect(w.shown).toEqual([
      {
        id: 'report:weekly:2026-W48',
        message: "Last week: 1 of 2 replies inside your clients' hours; 1 red cup sent anyway (Acme)",
      },
    ]);
    expect(w.alarms.get(WEEKLY_ALARM)?.when).toEqual(new Date('2026-12-07T08:00:00Z'));
    // The worker starting again the same day does not show it twice.
    await startReportAlarms(w.deps);
    expect(w.shown).toHaveLength(1);
  });

  it('missed while the browser was closed: shown once at the next start', async () => {
    const w = await world('2026-12-02T10:00:00Z'); // Wednesday
    await w.deps.ledger.put(stored('a', '2026-11-24T15:00:00.000Z'));
    await startReportAlarms(w.deps);
    await startReportAlarms(w.deps);
    expect(w.shown.map((s) => s.id)).toEqual(['report:weekly:2026-W48']);
    expect(w.alarms.get(PRUNE_ALARM)?.period).toBe(24 * 60);
  });

  it('is off by default: nothing shown', async () => {
    const w = await world('2026-11-30T08:00:00Z', {});
    await w.deps.ledger.put(stored('a', '2026-11-24T15:00:00.000Z'));
    await onReportAlarm(WEEKLY_ALARM, w.deps);
    expect(w.shown).toEqual([]);
  });
});

describe('retention', () => {
  it('keeps 2 years by default, 1 year or everything when chosen', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(retentionCutoff('2y', now)).toEqual(new Date('2024-12-03T12:00:00Z'));
    expect(retentionCutoff('1y', now)).toEqual(new Date('2025-12-03T12:00:00Z'));
    expect(retentionCutoff('always', now)).toBeNull();
  });

  it('the daily alarm also stores the closed days’ tallies (12 weeks) and CSV lines (52 weeks), so the report and the CSV open on them', async () => {
    const w = await world('2026-12-03T12:00:00Z', { retention: '1y' });
    await w.deps.ledger.put(stored('a', '2026-11-24T15:00:00.000Z'));
    await onReportAlarm(PRUNE_ALARM, w.deps);
    const zone = w.deps.userZone();
    const { days } = await w.deps.ledger.read(
      zone,
      Date.parse('2026-09-01T00:00:00Z'),
      Date.parse('2026-12-31T00:00:00Z'),
    );
    // 12 weeks from Monday 14 September in the user's zone; 14 Sep – 2 Dec are over (80 days), today is not.
    expect(days.size).toBe(80);
    expect([...days.values()].reduce((sum, d) => sum + (d.clients.get('acme')?.counts.replies ?? 0), 0)).toBe(1);
    // And the CSV lines of the closed days of the last 52 weeks: 8 Dec 2025 – 2 Dec 2026.
    const csv = await w.deps.ledger.readCsvDays(
      zone,
      Date.parse('2025-12-01T00:00:00Z'),
      Date.parse('2026-12-31T00:00:00Z'),
    );
    expect(csv.days.size).toBe(360);
    expect([...csv.days.values()].reduce((n, d) => n + d.ends.length, 0)).toBe(1);
  });

  it('the alarm prunes what is older than the setting allows, in batches', async () => {
    const w = await world('2026-12-03T12:00:00Z', { retention: '1y' });
    for (let i = 0; i < 12; i++) await w.deps.ledger.put(stored(`old${i}`, `2025-0${1 + (i % 9)}-01T00:00:00.000Z`));
    await w.deps.ledger.put(stored('kept', '2026-01-01T00:00:00.000Z'));
    expect(await onReportAlarm(PRUNE_ALARM, w.deps)).toBe(true);
    expect((await w.deps.ledger.list()).events.map((e) => e.id)).toEqual(['kept']);
    expect(w.logged).toEqual([
      expect.stringMatching(/^Red Cup pruned 12 ledger events in 1 transactions; the longest took [\d.]+ ms\.$/),
    ]);
    for (let i = 0; i < 12; i++) await w.deps.ledger.put(stored(`old${i}`, '2025-01-01T00:00:00.000Z'));
    expect(await pruneBefore(w.deps.ledger, new Date('2025-06-01T00:00:00Z'), 5)).toMatchObject({
      deleted: 12,
      batches: 3,
    });
  });

  it('batch sizes follow how long each transaction took: halved when slow, doubled when quick, within bounds', () => {
    expect(nextBatchSize(100, 45)).toBe(50);
    expect(nextBatchSize(100, 3)).toBe(200);
    expect(nextBatchSize(100, 15)).toBe(100);
    expect(nextBatchSize(PRUNE_BATCH.min, 500)).toBe(PRUNE_BATCH.min);
    expect(nextBatchSize(PRUNE_BATCH.max, 1)).toBe(PRUNE_BATCH.max);
  });

  it('on a slow disk the batches shrink until each transaction is short again, and nothing old is left', async () => {
    // A store whose transactions take 0.5 ms an event: 100 events = 50 ms, the budget.
    let left = 2_000;
    const sizes: number[] = [];
    const slow = {
      async pruneBatch(_before: string, limit: number) {
        sizes.push(limit);
        const deleted = Math.min(limit, left);
        left -= deleted;
        return { deleted, ms: deleted * 0.5 };
      },
    } as unknown as LedgerStore;
    const outcome = await pruneBefore(slow, new Date('2025-06-01T00:00:00Z'));
    expect(outcome.deleted).toBe(2_000);
    expect(left).toBe(0);
    expect(sizes.slice(0, 3)).toEqual([100, 50, 25]);
    expect(Math.max(...sizes.slice(2))).toBeLessThanOrEqual(40);
    expect(outcome.longestMs).toBe(50);
  });

  it('keeps everything when told to', async () => {
    const w = await world('2026-12-03T12:00:00Z', { retention: 'always' });
    await w.deps.ledger.put(stored('ancient', '2019-01-01T00:00:00.000Z'));
    await onReportAlarm(PRUNE_ALARM, w.deps);
    expect((await w.deps.ledger.list()).events).toHaveLength(1);
  });
});
