/**
 * The consistency report's numbers (issue 12, DESIGN §2 story 7): replies per client and ISO
 * week in the user's zone, in one pass over the replies of the period (report-replies.ts says
 * what a reply is). A reply to several clients counts once for each client; a week without
 * replies has no consistency (null), not 100 %. The median reply time is counted in the
 * client's business hours with the windows of schedule.ts, the same ones promises count in.
 */
import type { ClientProfile, IsoInstant } from './profile.ts';
import type { Reply, ReportNote } from './report-replies.ts';
import { addTally, emptyTally, TALLY_COUNTS, tallySpans, type SpanTally, type Tally } from './report-tally.ts';
import type { ClientReportRow, DriftNotice, DriftState, ReportCounts, ReportWeek } from './report-types.ts';
import { weekIndex, weekStartIso, type WeekGrid } from './report-weeks.ts';
import { windowsFrom } from './schedule.ts';
import { DAY_MS, MINUTE_MS } from './wall-time.ts';

/** Drift (issue 12 §3): this many replies outside the boundary … */
export const DRIFT_THRESHOLD = 2;
/** … within this many days, real emergencies included. */
export const DRIFT_WINDOW_DAYS = 14;

/** A client as the report names it: a stored profile, or the last name of a deleted one. */
export interface ReportClient {
  id: string;
  name: string;
  color: string;
  deleted: boolean;
  /** Null for a deleted client: its hours are gone, so no business-hours median. */
  profile: ClientProfile | null;
}

export function emptyCounts(): ReportCounts {
  return {
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
  };
}

/**
 * Business time elapsed since `start` at any instant, from the client's windows laid out once
 * (a cumulative sum, then binary search): one luxon-free lookup per reply.
 */
function businessClock(profile: ClientProfile, start: number, end: number): (ms: number) => number {
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let sum = 0;
  const days = Math.ceil((end - start) / DAY_MS) + 2;
  for (const w of windowsFrom(profile, new Date(start), days)) {
    if (w.start >= end) break;
    starts.push(w.start);
    ends.push(w.end);
    before.push(sum);
    sum += w.end - w.start;
  }
  return (ms) => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || ms <= (starts[0] ?? 0)) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= ms) lo = mid;
      else hi = mid - 1;
    }
    return (before[lo] ?? 0) + Math.min(ms, ends[lo] ?? 0) - (starts[lo] ?? 0);
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  const m = values.length % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
  return Math.round(m);
}

function finish(tally: Tally, clock: ((ms: number) => number) | null): ReportCounts {
  const c: ReportCounts = { ...emptyCounts(), ...tally.counts };
  c.consistency = c.replies === 0 ? null : (c.inside + c.sentLater) / c.replies;
  if (clock !== null) {
    const minutes: number[] = [];
    const w = tally.waits;
    for (let i = 0; i + 1 < w.length; i += 2)
      minutes.push(Math.max(0, clock(w[i + 1] ?? 0) - clock(w[i] ?? 0)) / MINUTE_MS);
    c.medianReplyBusinessMinutes = median(minutes);
  }
  return c;
}

function earliestRequest(tally: Tally, fallback: number): number {
  let min = fallback;
  const w = tally.waits;
  for (let i = 0; i < w.length; i += 2) if ((w[i] ?? min) < min) min = w[i] ?? min;
  return min;
}

interface ReportShape {
  grid: WeekGrid;
  /** The clients to show: every stored profile (rows without replies included), and deleted ones seen. */
  clients: ReadonlyMap<string, ReportClient>;
  /** A client named by an event but neither stored nor remembered. */
  unknownClient: (id: string) => ReportClient;
  /** Only these clients (the client report); absent: all. */
  only?: ReadonlySet<string>;
  drift: (profileId: string) => DriftState;
}

export interface AggregateInput extends ReportShape {
  replies: readonly Reply[];
  notes: readonly ReportNote[];
  /** Nothing at or after this instant is counted: a hand-off due tomorrow has not gone out. */
  now: Date;
}

export interface TallyInput extends ReportShape {
  /**
   * The period's tallies, each span inside one week of the grid (days in the user's zone, or
   * the weeks themselves); nothing at or after "now" in them.
   */
  spans: readonly SpanTally[];
}

export interface Aggregate {
  /** Worst consistency first; clients without replies last (by name). */
  rows: ClientReportRow[];
  /** The client rows added up (a reply to two clients is in both). */
  totals: ReportCounts;
}

/** One pass over the replies and notes of the period. */
export function aggregate(input: AggregateInput): Aggregate {
  return aggregateTallies({
    ...input,
    spans: tallySpans(input.replies, input.notes, input.grid.bounds, input.now.getTime()),
  });
}

/** The report from the period's tallies: each span added into its week, each client's row finished. */
export function aggregateTallies(input: TallyInput): Aggregate {
  const { grid, only } = input;
  const weeks = grid.labels.length;
  const cells = new Map<string, Tally[]>();
  const clients = new Map(input.clients);
  const cellsOf = (id: string): Tally[] => {
    let list = cells.get(id);
    if (list === undefined) {
      list = Array.from({ length: weeks }, emptyTally);
      cells.set(id, list);
      if (!clients.has(id)) clients.set(id, input.unknownClient(id));
    }
    return list;
  };
  for (const id of clients.keys()) if (only === undefined || only.has(id)) cellsOf(id);

  for (const span of input.spans) {
    const w = weekIndex(grid, span.start);
    if (w < 0) continue;
    for (const [id, tally] of span.clients) {
      if (only !== undefined && !only.has(id)) continue;
      const cell = cellsOf(id)[w];
      if (cell !== undefined) addTally(cell, tally);
    }
  }

  const all = emptyTally();
  const rows: ClientReportRow[] = [];
  const periodEnd = grid.bounds[weeks] ?? grid.bounds[0] ?? 0;
  for (const [id, list] of cells) {
    const client = clients.get(id) ?? input.unknownClient(id);
    const total = emptyTally();
    for (const cell of list) addTally(total, cell);
    for (const key of TALLY_COUNTS) all.counts[key] += total.counts[key];
    const earliest = earliestRequest(total, grid.bounds[0] ?? periodEnd);
    const clock = client.profile === null ? null : businessClock(client.profile, earliest, periodEnd);
    const weekRows: ReportWeek[] = list.map((cell, i) => ({
      week: grid.labels[i] ?? '',
      start: weekStartIso(grid, i),
      ...finish(cell, clock),
    }));
    rows.push({
      profileId: id,
      name: client.name,
      color: client.color,
      timeZone: client.profile?.timeZone ?? null,
      deleted: client.deleted,
      totals: finish(total, clock),
      weeks: weekRows,
      drift: input.drift(id),
    });
  }
  rows.sort(worstFirst);
  // Across clients the median needs each client's clock; the overall figure is the median of the clients' medians.
  const medians = rows.map((r) => r.totals.medianReplyBusinessMinutes).filter((m): m is number => m !== null);
  const totals = finish(all, null);
  totals.medianReplyBusinessMinutes = median(medians);
  return { rows, totals };
}

function worstFirst(a: ClientReportRow, b: ClientReportRow): number {
  const ca = a.totals.consistency;
  const cb = b.totals.consistency;
  if (ca !== null && cb !== null && ca !== cb) return ca - cb;
  if (ca === null && cb !== null) return 1;
  if (cb === null && ca !== null) return -1;
  return a.name.localeCompare(b.name, 'en') || a.profileId.localeCompare(b.profileId);
}

// ── Drift ──────────────────────────────────────────────────────────────────────────────────

export function driftState(
  exceptions: number,
  windowDays = DRIFT_WINDOW_DAYS,
  threshold = DRIFT_THRESHOLD,
): DriftState {
  return { exceptions, windowDays, shifting: exceptions >= threshold };
}

/** The instant the drift window starts at, seen from `now`. */
export function driftSince(now: Date, windowDays = DRIFT_WINDOW_DAYS): IsoInstant {
  return new Date(now.getTime() - windowDays * DAY_MS).toISOString();
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

function windowText(days: number): string {
  return days % 7 === 0 ? (days === 7 ? '1 week' : `${days / 7} weeks`) : `${days} days`;
}

/** What the panel (before another exception), the popup and the report say; null unless shifting. */
export function driftNotice(client: { id: string; name: string }, state: DriftState): DriftNotice | null {
  if (!state.shifting) return null;
  const where = `outside ${possessive(client.name)} hours in ${windowText(state.windowDays)}`;
  const shifting = 'their expectation is shifting';
  return {
    profileId: client.id,
    name: client.name,
    exceptions: state.exceptions,
    windowDays: state.windowDays,
    text: `${ordinal(state.exceptions + 1)} reply ${where} — ${shifting}`,
    summary: `${state.exceptions} replies ${where} — ${shifting}`,
  };
}

// ── The weekly summary ───────────────────────────────────────────────────────────────────────

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The Monday notification: `Last week: 38 of 40 replies inside your clients' hours; 1 red cup
 * sent anyway (Acme)`. Null when last week had no replies (nothing worth a notification).
 */
export function weeklySummaryText(rows: readonly Pick<ClientReportRow, 'name' | 'totals'>[]): string | null {
  let replies = 0;
  let inside = 0;
  let anyway = 0;
  let emergency = 0;
  const anywayNames: string[] = [];
  const emergencyNames: string[] = [];
  for (const row of rows) {
    const t = row.totals;
    replies += t.replies;
    inside += t.inside + t.sentLater;
    anyway += t.sentAnyway;
    emergency += t.emergency;
    if (t.sentAnyway > 0) anywayNames.push(row.name);
    if (t.emergency > 0) emergencyNames.push(row.name);
  }
  if (replies === 0) return null;
  const parts = [`Last week: ${inside} of ${plural(replies, 'reply', 'replies')} inside your clients' hours`];
  if (anyway > 0) parts.push(`${plural(anyway, 'red cup', 'red cups')} sent anyway (${anywayNames.join(', ')})`);
  if (emergency > 0)
    parts.push(`${plural(emergency, 'real emergency', 'real emergencies')} (${emergencyNames.join(', ')})`);
  return parts.join('; ');
}
