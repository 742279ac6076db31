/**
 * `nextOpening` and the verdict with a profile holding 100 time-off ranges (DESIGN §6 asks for
 * `nextWindow` to stay fast when a profile has a long holiday list).
 */
import { nextOpening } from '../src/core/schedule.ts';
import { newProfile } from '../src/core/new-profile.ts';
import { DEFAULT_SETTINGS, type ClientProfile, type TimeOff } from '../src/core/profile.ts';
import { verdict } from '../src/core/verdict.ts';
import { buildMatcher } from '../src/core/matching.ts';
import { table } from '../scripts/lib/util.mjs';
import { measure, ms } from './lib/measure.ts';

const RUNS = 500;
const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** 100 ranges: 60 spread out (3 days off every 9 days from 1 Dec 2026), then 40 single days in a row. */
function timeOff(): TimeOff[] {
  const ranges: TimeOff[] = [];
  const first = new Date('2026-12-01T00:00:00Z');
  for (let k = 0; k < 60; k++) {
    const start = addDays(first, k * 9);
    ranges.push({ start: day(start), end: day(addDays(start, 2)), label: `Break ${k + 1}` });
  }
  const streak = addDays(first, 60 * 9 + 10);
  for (let k = 0; k < 40; k++)
    ranges.push({ start: day(addDays(streak, k)), end: day(addDays(streak, k)), label: 'Sabbatical' });
  return ranges;
}

const base = newProfile({ id: 'holidays', timeZone: 'Europe/Berlin', name: 'Many holidays GmbH' });
const windows = [{ start: '09:00', end: '17:00' }];
const profile: ClientProfile = {
  ...base,
  match: ['many-holidays.example'],
  hours: { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: [], sun: [] },
  timeOff: timeOff(),
};
const streakStart = new Date(`${profile.timeOff[60]!.start}T12:00:00Z`);

const CASES: [string, Date][] = [
  ['a weekday evening before any time off', new Date('2026-11-24T19:00:00Z')],
  ['inside the first 3-day break', new Date('2026-12-01T10:00:00Z')],
  ['a Friday evening before a break', new Date('2026-12-18T18:00:00Z')],
  ['start of 40 single days off in a row', streakStart],
];

const matcher = buildMatcher([profile]);
const rows: (string | number)[][] = [];
for (const [label, from] of CASES) {
  const opening = nextOpening(profile, from);
  const next = measure(() => nextOpening(profile, from), { runs: RUNS });
  rows.push([
    `nextOpening, ${label}`,
    ms(next.median),
    ms(next.p95),
    next.runs,
    opening ? opening.toISOString() : 'null',
  ]);
  const result = verdict(['ops@many-holidays.example'], [profile], DEFAULT_SETTINGS, from, undefined, matcher);
  const v = measure(
    () => verdict(['ops@many-holidays.example'], [profile], DEFAULT_SETTINGS, from, undefined, matcher),
    { runs: RUNS },
  );
  rows.push([
    `verdict,     ${label}`,
    ms(v.median),
    ms(v.p95),
    v.runs,
    result.kind === 'outside' ? `outside → ${result.nextWindow}` : result.kind,
  ]);
}

console.log(
  `profile "${profile.name}" in ${profile.timeZone}: Mon–Fri 09:00–17:00, ${profile.timeOff.length} time-off ranges`,
);
console.log(table(['case', 'median', 'p95', 'runs', 'result'], rows));
