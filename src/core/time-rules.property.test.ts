/**
 * The time rules (DESIGN §3) against a brute-force reference (testing/time-reference.ts), on
 * random profiles around real DST transitions of zones that make them hard: 30-minute DST (Lord
 * Howe), 45-minute offsets (Chatham), clocks going back for Ramadan (Casablanca), a 2-hour DST
 * (Troll), "negative" DST (Dublin), transitions at midnight (Santiago, Havana, Beirut, Cairo), a
 * gap or repeat just before midnight (Nuuk: Saturday 23:00–24:00) and Gaza's irregular dates.
 *
 * Reproducible: cases come from a seeded generator. A failure prints the seed, the case and what
 * differs; rerun one seed with `TIME_RULES_SEED=<seed> npx vitest run src/core/time-rules.property.test.ts`
 * (TIME_RULES_CASES=<n> for more cases).
 */
import { describe, expect, it } from 'vitest';
import type { ClientProfile, PromiseRule, TimeWindow, WallTime, WeeklyHours } from './profile.ts';
import { DEFAULT_SETTINGS } from './profile.ts';
import { promiseDeadline } from './promise.ts';
import { currentWindow, isInside, nextOpening, outsideReason } from './schedule.ts';
import { sendAtFor } from './send-at.ts';
import { verdict } from './verdict.ts';
import { profile } from './testing/profile-fixture.ts';
import { commonOpeningRef, ReferenceSchedule, ZoneClock } from './testing/time-reference.ts';
import { seededRandom } from './testing/seeded-random.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

const ZONES = [
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'Antarctica/Troll',
  'Europe/Dublin',
  'America/New_York',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Europe/London',
  'Africa/Cairo',
  'America/Nuuk',
  'America/St_Johns',
  'Asia/Gaza',
] as const;

const SPAN_FROM = Date.UTC(2026, 5, 1);
const SPAN_TO = Date.UTC(2028, 0, 31);
const clocks = new Map(ZONES.map((zone) => [zone, new ZoneClock(zone, SPAN_FROM, SPAN_TO)]));

type Random = () => number;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
const hhmm = (minutes: number): WallTime =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Minutes after local midnight of the wall clock just before and just after a transition. */
function wallAround(zone: string, transition: number): [number, number] {
  const clock = clocks.get(zone as (typeof ZONES)[number]);
  const at = (ms: number) => {
    const local = ms + (clock?.offsetAt(ms) ?? 0) * MINUTE;
    return Math.round((local - Math.floor(local / DAY) * DAY) / MINUTE);
  };
  return [at(transition - MINUTE) + 1, at(transition)];
}

/** A time of day: near one of the transition's wall times most of the time, else anywhere. */
function timeNear(r: Random, focus: readonly number[]): number {
  if (r() < 0.65) {
    const base = pick(r, focus);
    return Math.min(1435, Math.max(0, Math.round((base + int(r, -90, 90)) / 5) * 5));
  }
  return int(r, 0, 95) * 15;
}

function randomWindow(r: Random, focus: readonly number[]): TimeWindow {
  if (r() < 0.1) {
    // Both ends within an hour after a transition's wall time: often wholly in a gap.
    const base = Math.min(1370, pick(r, focus));
    const a = base + int(r, 0, 11) * 5;
    return { start: hhmm(a), end: hhmm(a + int(r, 1, 12) * 5) };
  }
  const start = timeNear(r, focus);
  // The end is often near a transition too, so both ends can fall in a gap or a repeated hour.
  const end = r() < 0.5 ? timeNear(r, focus) : start + pick(r, [5, 10, 20, 30, 45, 60, 90, 120, 240, 480, 600, 720]);
  if (end === 1440) return { start: hhmm(start), end: '24:00' };
  if (end > 1440) return { start: hhmm(start), end: hhmm(end - 1440), overnight: true };
  if (end <= start)
    return end === start
      ? { start: hhmm(start), end: hhmm(Math.min(1439, start + 5)) }
      : { start: hhmm(start), end: hhmm(end), overnight: true };
  return { start: hhmm(start), end: hhmm(end) };
}

function randomRule(r: Random, focus: readonly number[]): PromiseRule {
  switch (int(r, 0, 3)) {
    case 0:
      return { kind: 'within-hours', hours: int(r, 1, 48) };
    case 1:
      return { kind: 'within-business-hours', hours: int(r, 1, 10) };
    case 2:
      return { kind: 'same-business-day' };
    default:
      return { kind: 'next-business-day-by', time: hhmm(timeNear(r, focus)) };
  }
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function randomProfile(r: Random, id: string, zone: string, focus: readonly number[], now: number): ClientProfile {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const hours = Object.fromEntries(
    days.map((day) => [day, Array.from({ length: pick(r, [0, 1, 1, 1, 2, 2, 3]) }, () => randomWindow(r, focus))]),
  ) as unknown as WeeklyHours;
  const timeOff =
    r() < 0.15
      ? [{ start: iso(now + int(r, -2, 2) * DAY), end: iso(now + int(r, 2, 4) * DAY) }].filter((t) => t.start <= t.end)
      : [];
  const regular = randomRule(r, focus);
  return profile({
    id,
    timeZone: zone,
    match: [`${id}.test`],
    hours,
    timeOff,
    promise: r() < 0.3 ? { regular, afterHours: randomRule(r, focus) } : { regular },
    sendLater: {
      offsetMinutes: pick(r, [0, 0, 5, 15, 60]),
      randomWithinMinutes: pick(r, [0, 0, 10, 30]),
      delivery: 'provider',
    },
  });
}

interface Case {
  profiles: ClientProfile[];
  now: number;
  requestAt: number;
}

function randomCase(r: Random): Case {
  const zone = pick(r, ZONES);
  const transitions = (clocks.get(zone)?.transitions() ?? []).filter(
    (t) => t > SPAN_FROM + 9 * DAY && t < SPAN_TO - 13 * DAY,
  );
  const transition = pick(r, transitions);
  const now = transition + (r() < 0.8 ? int(r, -36 * 60, 36 * 60) : int(r, -4 * 1440, 4 * 1440)) * MINUTE;
  const count = pick(r, [1, 1, 1, 2, 2, 3]);
  const profiles = Array.from({ length: count }, (_, i) => {
    const own = i === 0 ? zone : pick(r, ZONES);
    return randomProfile(r, `p${String(i)}`, own, wallAround(zone, transition), now);
  });
  const requestAt = r() < 0.5 ? now : now - int(r, 0, 24 * 60) * MINUTE;
  // A quarter of the verdicts are asked between two whole minutes (the promise keeps its minute).
  return { profiles, now: r() < 0.25 ? now + int(r, 1, 59_999) : now, requestAt };
}

const show = (ms: number | null | undefined) =>
  ms === null ? 'null' : ms === undefined ? 'unknown' : new Date(ms).toISOString();
const msOf = (d: Date | string | null) => (d === null ? null : new Date(d).getTime());

/** How many times each answer was compared (the reference knows an answer only within its scan). */
const compared = new Map<string, number>();

/** Everything that differs between the code and the reference for one case (empty: all agree). */
function differences({ profiles, now: exact, requestAt }: Case, random: Random): string[] {
  const found: string[] = [];
  const differ = (what: string, actual: number | null, expected: number | null | undefined) => {
    if (expected === undefined) return;
    const kind = what.replace(/^(verdict )?p\d /, '$1');
    compared.set(kind, (compared.get(kind) ?? 0) + 1);
    if (actual !== expected) found.push(`${what}: got ${show(actual)}, reference ${show(expected)}`);
  };
  // Every boundary falls on a whole minute: between two minutes, the answers are the earlier
  // minute's, except that an opening is never before the instant asked about.
  const now = Math.floor(exact / MINUTE) * MINUTE;
  const notBefore = (ms: number | undefined) => (ms === undefined ? undefined : Math.max(ms, exact));
  const refs = profiles.map((p) => {
    const clock = clocks.get(p.timeZone as (typeof ZONES)[number]);
    if (clock === undefined) throw new Error(`no clock for ${p.timeZone}`);
    return new ReferenceSchedule(p, clock, now - 4 * DAY, now + 8 * DAY);
  });
  const at = new Date(exact);
  profiles.forEach((p, i) => {
    const ref = refs[i] as ReferenceSchedule;
    const inside = ref.isInside(now);
    if (inside !== isInside(p, at))
      found.push(`${p.id} inside: got ${String(isInside(p, at))}, reference ${String(inside)}`);
    if (inside === true) differ(`${p.id} window end`, msOf(currentWindow(p, at)?.end ?? null), ref.stretchEnd(now));
    if (inside === false && outsideReason(p, at) !== ref.outsideReason(now)) {
      found.push(`${p.id} reason: got ${outsideReason(p, at)}, reference ${ref.outsideReason(now)}`);
    }
    differ(`${p.id} next opening`, msOf(nextOpening(p, at)), notBefore(ref.nextOpening(now)));
    differ(`${p.id} promise deadline`, msOf(promiseDeadline(p, new Date(requestAt))), ref.promiseDeadline(requestAt));
  });

  const recipients = profiles.map((p) => `someone@${p.id}.test`);
  const v = verdict(recipients, profiles, DEFAULT_SETTINGS, at, new Date(requestAt));
  const allInside = refs.every((ref) => ref.isInside(now) === true);
  if ((v.kind === 'inside') !== allInside)
    found.push(`verdict kind: got ${v.kind}, reference ${allInside ? 'inside' : 'outside'}`);
  const ends = refs.map((ref) => (ref.isInside(now) === true ? ref.stretchEnd(now) : undefined));
  if (v.kind === 'inside' && ends.every((e) => e !== undefined))
    differ('verdict until', msOf(v.until), Math.min(...ends));
  if (v.kind === 'outside') {
    const next = notBefore(commonOpeningRef(refs, now));
    differ('verdict nextWindow', msOf(v.nextWindow), next);
    v.outside.forEach((o) => {
      const i = profiles.findIndex((p) => p.id === o.profile.id);
      differ(`verdict ${o.profile.id} opensAt`, msOf(o.opensAt), notBefore(refs[i]?.nextOpening(now)));
    });
    v.promises.forEach((check, i) => {
      const deadline = refs[i]?.promiseDeadline(requestAt);
      differ(`verdict ${check.profile.id} deadline`, msOf(check.deadline), deadline);
      if (next !== undefined && deadline !== undefined) {
        const kept = deadline !== null && next <= deadline;
        if (check.keptAtNextWindow !== kept)
          found.push(`verdict ${check.profile.id} keptAtNextWindow: got ${String(check.keptAtNextWindow)}`);
      }
    });
    // Beyond the scan, the next window must at least be inside every profile by their own rules.
    const nextWindow = v.nextWindow === null ? null : new Date(v.nextWindow);
    if (nextWindow !== null && next === undefined && !profiles.every((p) => isInside(p, nextWindow))) {
      found.push(`verdict nextWindow ${v.nextWindow} is not inside every profile`);
    }
    // "Send at …" must land inside every matched boundary.
    if (v.nextWindow !== null) {
      const closed = profiles.filter((p) => v.outside.some((o) => o.profile.id === p.id));
      const sendAt = sendAtFor(new Date(v.nextWindow), closed, profiles, random).getTime();
      if (refs.some((ref) => ref.isInside(sendAt) === false))
        found.push(`send at ${show(sendAt)} is outside a boundary`);
    }
  }
  // Nothing the verdict says may change before validUntil.
  if (v.validUntil !== null) {
    const until = Date.parse(v.validUntil);
    if (!(until > exact)) found.push(`validUntil ${v.validUntil} is not after now`);
    refs.forEach((ref, i) => {
      const start = ref.isInside(now);
      for (let t = now + MINUTE; t < until && ref.known(t); t += MINUTE) {
        compared.set('validUntil minutes', (compared.get('validUntil minutes') ?? 0) + 1);
        if (ref.isInside(t) !== start) {
          found.push(`${profiles[i]?.id ?? ''} changes at ${show(t)}, before validUntil ${v.validUntil}`);
          return;
        }
      }
      const last = until - MINUTE;
      if (start === false && last > now && ref.known(last) && ref.outsideReason(last) !== ref.outsideReason(now)) {
        found.push(`${profiles[i]?.id ?? ''} reason changes before validUntil ${v.validUntil}`);
      }
    });
  }
  return found;
}

const SEED = Number(process.env.TIME_RULES_SEED ?? 20_261_203);
const CASES = Number(process.env.TIME_RULES_CASES ?? 2_000);

/** The scan takes a few seconds; a loaded machine may need more (this bounds the run, it asserts nothing about speed). */
const TIMEOUT_MS = 120_000;

describe('the brute-force reference', () => {
  // The reference must see what the examples say, or agreeing with it would prove nothing.
  const ny = new ZoneClock('America/New_York', Date.UTC(2026, 1, 20), Date.UTC(2026, 10, 30));
  const london = new ZoneClock('Europe/London', Date.UTC(2028, 4, 20), Date.UTC(2028, 5, 20));
  const days = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  const ms = (iso: string) => Date.parse(iso);

  it('leaves a window lying wholly in a spring-forward gap out (issue 13 item 15)', () => {
    const nine = [{ start: '09:00', end: '17:00' }];
    const p = profile({
      id: 'gap',
      timeZone: 'America/New_York',
      hours: { ...days, mon: nine, tue: nine, sun: [{ start: '02:10', end: '02:50' }] },
    });
    const ref = new ReferenceSchedule(p, ny, ms('2026-03-03T00:00:00Z'), ms('2026-03-15T00:00:00Z'));
    expect(show(ref.nextOpening(ms('2026-03-07T17:00:00Z')))).toBe('2026-03-09T13:00:00.000Z');
    expect(ref.outsideReason(ms('2026-03-08T07:00:00Z'))).toBe('day-off');
  });

  it("takes Saturday's overnight window for a request on Sunday 00:30 (issue 13 item 17)", () => {
    const p = profile({
      id: 'london',
      timeZone: 'Europe/London',
      hours: {
        ...days,
        sat: [{ start: '14:45', end: '01:30', overnight: true }],
        sun: [
          { start: '01:15', end: '01:30' },
          { start: '09:00', end: '17:00' },
        ],
      },
      promise: { regular: { kind: 'same-business-day' } },
    });
    const ref = new ReferenceSchedule(p, london, ms('2028-05-30T00:00:00Z'), ms('2028-06-10T00:00:00Z'));
    expect(show(ref.promiseDeadline(ms('2028-06-03T23:30:00Z')))).toBe('2028-06-04T00:30:00.000Z');
  });

  it('ends a window in the repeated hour at its first occurrence', () => {
    const p = profile({
      id: 'fall',
      timeZone: 'America/New_York',
      hours: { ...days, sun: [{ start: '00:30', end: '01:30' }] },
    });
    const ref = new ReferenceSchedule(p, ny, ms('2026-10-27T00:00:00Z'), ms('2026-11-07T00:00:00Z'));
    expect(show(ref.stretchEnd(ms('2026-11-01T05:00:00Z')))).toBe('2026-11-01T05:30:00.000Z');
    expect(ref.isInside(ms('2026-11-01T06:15:00Z'))).toBe(false);
  });
});

describe('time rules against a brute-force minute scan', () => {
  it(
    `agree on ${String(CASES)} random cases around DST transitions (seed ${String(SEED)})`,
    { timeout: TIMEOUT_MS },
    () => {
      const random = seededRandom(SEED);
      const failures: string[] = [];
      for (let n = 0; n < CASES && failures.length < 5; n++) {
        const c = randomCase(random);
        const found = differences(c, random);
        if (found.length > 0) {
          failures.push(
            `case ${String(n)} (seed ${String(SEED)}): now ${show(c.now)}, request ${show(c.requestAt)}\n  ${found.join('\n  ')}\n  profiles: ${JSON.stringify(
              c.profiles.map(({ id, timeZone, hours, timeOff, promise }) => ({
                id,
                timeZone,
                hours,
                timeOff,
                promise,
              })),
            )}`,
          );
        }
      }
      expect(failures, `seed ${String(SEED)}: rerun with TIME_RULES_SEED=${String(SEED)}`).toEqual([]);
      // Agreement proves something only if the answers were really compared, and often.
      for (const kind of [
        'next opening',
        'promise deadline',
        'window end',
        'verdict nextWindow',
        'verdict until',
        'verdict deadline',
      ]) {
        expect(compared.get(kind) ?? 0, `${kind} was compared too rarely`).toBeGreaterThan(CASES / 10);
      }
    },
  );
});
