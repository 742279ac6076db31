/**
 * The worker's side of the report (issue 12): the overview adds up the period's day tallies,
 * one client's report reads the period's events on the ledger's indexes (it lists them as
 * exceptions too); both aggregate in core/report.ts and answer with the numbers a page shows.
 */
import type { ArchivedClient } from '../../core/ledger-types.ts';
import type { ClientProfile } from '../../core/profile.ts';
import {
  aggregate,
  aggregateTallies,
  driftNotice,
  driftSince,
  driftState,
  type Aggregate,
  type ReportClient,
} from '../../core/report.ts';
import { repliesOf, type Reply } from '../../core/report-replies.ts';
import type { DriftNotice, ReportPeriod } from '../../core/report-types.ts';
import { resolvePeriod, weekGrid, type WeekGrid } from '../../core/report-weeks.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { ProfilesStore } from '../storage/profiles-store.ts';
import { periodTallies } from './period-tallies.ts';

/** Grey for a client Red Cup no longer knows anything about. */
const UNKNOWN_COLOR = '#808080';

export interface ReportSources {
  ledger: LedgerStore;
  profiles: ProfilesStore;
  now: Date;
  userZone: string;
}

export interface Clients {
  stored: Map<string, ReportClient>;
  /** A stored profile, a deleted client under its last name, or "Deleted client". */
  of: (id: string) => ReportClient;
  invalid: InvalidRecord[];
}

export async function reportClients(ledger: LedgerStore, profiles: ProfilesStore): Promise<Clients> {
  const [listing, archived] = await Promise.all([profiles.list(), ledger.archivedClients()]);
  const stored = new Map(
    listing.profiles.map((p: ClientProfile) => [
      p.id,
      { id: p.id, name: p.name, color: p.color, deleted: false, profile: p },
    ]),
  );
  const gone = new Map(archived.clients.map((c: ArchivedClient) => [c.id, c]));
  const of = (id: string): ReportClient => {
    const known = stored.get(id);
    if (known !== undefined) return known;
    const last = gone.get(id);
    return {
      id,
      name: last?.name ?? 'Deleted client',
      color: last?.color ?? UNKNOWN_COLOR,
      deleted: true,
      profile: null,
    };
  };
  return { stored, of, invalid: archived.invalid };
}

export interface OverviewReport extends Aggregate {
  from: Date;
  to: Date;
  grid: WeekGrid;
  invalid: InvalidRecord[];
}

export interface BuiltReport extends OverviewReport {
  replies: Reply[];
}

/**
 * Every client's numbers for the period, from the worker's tallies of closed days and today's
 * events (period-tallies.ts): with a year of a heavy user stored, 12 weeks read ~84 small
 * tallies instead of ~115,000 events. Null when the period is not a real one.
 */
export async function buildOverview(src: ReportSources, period: ReportPeriod): Promise<OverviewReport | null> {
  const span = resolvePeriod(period, src.now, src.userZone);
  if (span === null) return null;
  const grid = weekGrid(span.from, span.to, src.userZone);
  const [clients, tallies] = await Promise.all([
    reportClients(src.ledger, src.profiles),
    periodTallies(src.ledger, span, src.userZone, src.now),
  ]);
  const ids = new Set<string>(clients.stored.keys());
  for (const day of tallies.days) for (const id of day.clients.keys()) ids.add(id);
  const exceptions = await src.ledger.exceptionsSince([...ids], driftSince(src.now));
  const result = aggregateTallies({
    spans: tallies.days,
    grid,
    clients: clients.stored,
    unknownClient: clients.of,
    drift: (id) => driftState(exceptions.get(id) ?? 0),
  });
  return { ...result, from: span.from, to: span.to, grid, invalid: [...tallies.invalid, ...clients.invalid] };
}

/** One client's numbers for the period, and its replies (the exception list), from the period's events. */
export async function buildReport(
  src: ReportSources,
  period: ReportPeriod,
  profileId: string,
): Promise<BuiltReport | null> {
  const span = resolvePeriod(period, src.now, src.userZone);
  if (span === null) return null;
  const grid = weekGrid(span.from, span.to, src.userZone);
  const [clients, read] = await Promise.all([
    reportClients(src.ledger, src.profiles),
    src.ledger.forReport({ from: span.from.toISOString(), to: span.to.toISOString(), profileId }),
  ]);
  const { replies, notes } = repliesOf(read.events, read.history);
  const exceptions = await src.ledger.exceptionsSince([profileId], driftSince(src.now));
  const result = aggregate({
    replies,
    notes,
    grid,
    now: src.now,
    clients: new Map([[profileId, clients.of(profileId)]]),
    unknownClient: clients.of,
    only: new Set([profileId]),
    drift: (id) => driftState(exceptions.get(id) ?? 0),
  });
  return { ...result, from: span.from, to: span.to, grid, replies, invalid: [...read.invalid, ...clients.invalid] };
}

/** The matched clients whose expectation is shifting now (the guard panel, the popup). */
export async function driftNotices(
  ledger: LedgerStore,
  clients: readonly { id: string; name: string }[],
  now: Date,
): Promise<DriftNotice[]> {
  if (clients.length === 0) return [];
  const counts = await ledger.exceptionsSince(
    clients.map((c) => c.id),
    driftSince(now),
  );
  return clients.flatMap((c) => {
    const notice = driftNotice(c, driftState(counts.get(c.id) ?? 0));
    return notice === null ? [] : [notice];
  });
}
