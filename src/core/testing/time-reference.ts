/**
 * Test-only: a brute-force reference for the time rules of DESIGN §3, to check schedule.ts,
 * promise.ts and verdict.ts against (src/core/time-rules.property.test.ts).
 *
 * It shares no code with them. Offsets come from Intl.DateTimeFormat directly (not luxon, not
 * wall-time.ts); the zone's transitions are found by sampling every few hours and then every
 * minute of a span whose offset changed. Every minute of a stretch of time is then given the wall
 * clock it shows, and the rules are answered by looking at minutes one by one:
 *   - a wall time names the first minute whose wall clock reads at least that time. This one
 *     sentence is both DST rules: in a gap, the first instant after it; in a repeated hour, the
 *     first occurrence. It names window starts, window ends, midnights and a promise's HH:mm;
 *   - a window belongs to the local day it starts on; a day of time off has no windows; a window
 *     whose two ends name the same minute is empty and left out;
 *   - inside = some window holds the minute; the next opening is the first such minute, and so on.
 * Answers that depend on minutes outside the scanned stretch are `undefined` ("not known"), so
 * a caller compares only what the reference really knows.
 */
import type { ClientProfile, PromiseRule, WallTime } from '../profile.ts';
import type { OutsideReason } from '../verdict-types.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY_MINUTES = 1440;
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes, as Intl formats the wall clock. */
export function intlOffset(zone: string, ms: number): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms))) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/** A zone's offsets between two instants, as the list of instants where the offset changes. */
export class ZoneClock {
  /** `offsets[i]` holds from `changes[i]` on (changes[0] is the start of the known span). */
  private readonly changes: number[] = [];
  private readonly offsets: number[] = [];

  /** Samples every `stepHours` (no zone changes its offset twice that quickly), then every minute. */
  constructor(
    readonly zone: string,
    readonly from: number,
    readonly to: number,
    stepHours = 6,
  ) {
    const step = stepHours * HOUR;
    const start = Math.floor(from / HOUR) * HOUR;
    let offset = intlOffset(zone, start);
    this.changes.push(start);
    this.offsets.push(offset);
    for (let sample = start + step; sample <= to + step; sample += step) {
      const next = intlOffset(zone, sample);
      if (next === offset) continue;
      // Offsets change on whole minutes: find the first minute of the new one.
      let at = sample - step + MINUTE;
      while (intlOffset(zone, at) === offset) at += MINUTE;
      this.changes.push(at);
      this.offsets.push(next);
      offset = next;
    }
  }

  /** The instants at which the offset changes (the transitions), in order. */
  transitions(): number[] {
    return this.changes.slice(1);
  }

  /** The offset at each of `count` minutes from `from` on (walks the changes instead of searching each). */
  offsetsEveryMinute(from: number, count: number): Int32Array {
    this.within(from);
    this.within(from + (count - 1) * MINUTE);
    const result = new Int32Array(count);
    let i = 0;
    while (i + 1 < this.changes.length && (this.changes[i + 1] ?? 0) <= from) i++;
    for (let k = 0; k < count; k++) {
      const ms = from + k * MINUTE;
      while (i + 1 < this.changes.length && (this.changes[i + 1] ?? 0) <= ms) i++;
      result[k] = this.offsets[i] ?? 0;
    }
    return result;
  }

  /** Outside the sampled span the offsets are not known: asking there is the caller's mistake. */
  private within(ms: number): void {
    if (ms < this.from || ms > this.to) {
      throw new RangeError(
        `${this.zone} is sampled from ${new Date(this.from).toISOString()} to ${new Date(this.to).toISOString()}, not at ${new Date(ms).toISOString()}`,
      );
    }
  }

  offsetAt(ms: number): number {
    this.within(ms);
    let lo = 0;
    let hi = this.changes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.changes[mid] ?? 0) <= ms) lo = mid;
      else hi = mid - 1;
    }
    return this.offsets[lo] ?? 0;
  }
}

function minutesOf(time: WallTime): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

function dayOfIso(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / (DAY_MINUTES * MINUTE);
}

interface RefWindow {
  day: number;
  start: number;
  end: number;
}

/**
 * One profile's windows over a scanned stretch [lo, hi) of whole minutes. Answers are exact for
 * instants in [knownFrom, knownUntil): every window that could hold or follow such an instant
 * within the stretch is known there.
 */
export class ReferenceSchedule {
  readonly lo: number;
  readonly hi: number;
  readonly knownFrom: number;
  readonly knownUntil: number;
  /** Local minutes since 1970-01-01 shown by the wall clock at each scanned minute. */
  private readonly wall: Float64Array;
  /** The largest wall reading so far: the first minute reaching a wall time is found by bisection. */
  private readonly reached: Float64Array;
  private readonly inside: Uint8Array;
  readonly windows: RefWindow[] = [];
  private readonly timeOff: [number, number][];

  constructor(
    readonly profile: ClientProfile,
    clock: ZoneClock,
    lo: number,
    hi: number,
  ) {
    this.lo = Math.floor(lo / MINUTE) * MINUTE;
    const count = Math.ceil((hi - this.lo) / MINUTE);
    this.hi = this.lo + count * MINUTE;
    this.wall = new Float64Array(count);
    this.reached = new Float64Array(count);
    const offsets = clock.offsetsEveryMinute(this.lo, count);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const reading = this.lo / MINUTE + i + (offsets[i] ?? 0);
      this.wall[i] = reading;
      max = Math.max(max, reading);
      this.reached[i] = max;
    }
    this.timeOff = profile.timeOff.map((t) => [dayOfIso(t.start), dayOfIso(t.end)]);
    const firstDay = Math.floor((this.wall[0] ?? 0) / DAY_MINUTES) + 1;
    const lastDay = Math.floor((this.wall[count - 1] ?? 0) / DAY_MINUTES) - 2;
    for (let day = firstDay; day <= lastDay; day++) this.windows.push(...this.windowsStartingOn(day));
    // Before the second day's midnight an overnight window of the day before the first could
    // still be open; from the last day's next midnight on, windows of later days could open.
    this.knownFrom = this.firstReaching((firstDay + 1) * DAY_MINUTES);
    this.knownUntil = this.firstReaching((lastDay + 1) * DAY_MINUTES);
    this.inside = new Uint8Array(count);
    for (const w of this.windows) for (let ms = w.start; ms < w.end; ms += MINUTE) this.inside[this.index(ms)] = 1;
  }

  private index(ms: number): number {
    return Math.round((ms - this.lo) / MINUTE);
  }

  /** The first scanned minute whose wall clock reads at least `wallMinute` (local minutes since 1970). */
  firstReaching(wallMinute: number): number {
    let lo = 0;
    let hi = this.reached.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.reached[mid] ?? 0) >= wallMinute) hi = mid;
      else lo = mid + 1;
    }
    return this.lo + lo * MINUTE;
  }

  isTimeOff(day: number): boolean {
    return this.timeOff.some(([a, b]) => a <= day && day <= b);
  }

  windowsStartingOn(day: number): RefWindow[] {
    if (this.isTimeOff(day)) return [];
    const weekday = WEEKDAY_KEYS[(((day + 3) % 7) + 7) % 7] ?? 'mon';
    const result: RefWindow[] = [];
    for (const w of this.profile.hours[weekday] ?? []) {
      const a = minutesOf(w.start);
      let b = minutesOf(w.end);
      if (w.overnight === true && b <= a) b += DAY_MINUTES;
      if (b <= a) continue;
      const start = this.firstReaching(day * DAY_MINUTES + a);
      const end = this.firstReaching(day * DAY_MINUTES + b);
      if (end > start) result.push({ day, start, end });
    }
    return result.sort((x, y) => x.start - y.start);
  }

  /** The local day (days since 1970-01-01 on the zone's calendar) of a scanned minute. */
  localDay(ms: number): number {
    return Math.floor((this.wall[this.index(ms)] ?? 0) / DAY_MINUTES);
  }

  known(ms: number): boolean {
    return ms >= this.knownFrom && ms < this.knownUntil;
  }

  isInside(ms: number): boolean | undefined {
    return this.known(ms) ? this.inside[this.index(ms)] === 1 : undefined;
  }

  /** The first minute ≥ ms that is inside (ms itself when inside). */
  nextOpening(ms: number): number | undefined {
    for (let t = ms; t < this.knownUntil; t += MINUTE) if (this.inside[this.index(t)] === 1) return t;
    return undefined;
  }

  /** The first minute ≥ ms that is outside: where the stretch holding ms ends. */
  stretchEnd(ms: number): number | undefined {
    for (let t = ms; t < this.knownUntil; t += MINUTE) if (this.inside[this.index(t)] !== 1) return t;
    return undefined;
  }

  outsideReason(ms: number): OutsideReason {
    const day = this.localDay(ms);
    if (this.isTimeOff(day)) return 'time-off';
    const today = this.windowsStartingOn(day);
    if (today.length === 0) return 'day-off';
    return ms < (today[0]?.start ?? ms) ? 'before-hours' : 'after-hours';
  }

  /** When a reply to a request at `requestAt` is due; null: never; undefined: not known here. */
  promiseDeadline(requestAt: number): number | null | undefined {
    const inside = this.isInside(requestAt);
    if (inside === undefined) return undefined;
    const { regular, afterHours } = this.profile.promise;
    const rule: PromiseRule = afterHours !== undefined && !inside ? afterHours : regular;
    switch (rule.kind) {
      case 'within-hours':
        return requestAt + rule.hours * HOUR;
      case 'within-business-hours': {
        let counted = 0;
        for (let t = requestAt; t < this.knownUntil; t += MINUTE) {
          if (this.inside[this.index(t)] === 1) counted += 1;
          if (counted === rule.hours * 60) return t + MINUTE;
        }
        return undefined;
      }
      case 'same-business-day': {
        // The window the request falls in (the earliest-started when several), else the next one.
        let first: RefWindow | undefined;
        for (const w of this.windows) {
          if (
            w.end > requestAt &&
            (first === undefined || w.start < first.start || (w.start === first.start && w.day < first.day))
          )
            first = w;
        }
        if (first === undefined || first.start >= this.knownUntil) return undefined;
        const day = first.day;
        return Math.max(first.end, ...this.windows.filter((w) => w.day === day).map((w) => w.end));
      }
      case 'next-business-day-by': {
        const today = this.localDay(requestAt);
        const firstToday = this.windowsStartingOn(today)[0];
        const startDay = firstToday !== undefined && requestAt < firstToday.start ? today : today + 1;
        for (let day = startDay; ; day++) {
          const due = this.firstReaching(day * DAY_MINUTES + minutesOf(rule.time));
          if (due >= this.knownUntil) return undefined;
          if (this.windowsStartingOn(day).length > 0) return due;
        }
      }
    }
  }
}

/** The first minute ≥ ms inside every schedule; undefined when not known. */
export function commonOpeningRef(schedules: readonly ReferenceSchedule[], ms: number): number | undefined {
  const until = Math.min(...schedules.map((s) => s.knownUntil));
  for (let t = ms; t < until; t += MINUTE) if (schedules.every((s) => s.isInside(t) === true)) return t;
  return undefined;
}
