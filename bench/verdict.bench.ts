/**
 * DESIGN §6: a verdict for 50 recipients against 1,000 profiles (10,000 addresses and domains)
 * takes ≤ 1 ms median. The worker builds the matcher once per change of profiles and reuses it,
 * so the main rows pass a prebuilt matcher; the cost of building it is measured on its own.
 *
 * With holidays (issue 15.3): every profile observes its zone's public holidays (US-NY, US-IL,
 * US-CA, GB-ENG, DE-BY, IN, JP, AU-NSW), expanded once into the worker's effective profiles
 * (src/background/holidays/effective-profiles.ts, as the profiles snapshot does) — a verdict then
 * reads ~30 more time-off days per profile, and must stay within the same target.
 */
import './lib/raw-imports.mjs'; // the worker's holiday data is imported `?raw` (see bench/lib/raw-import-hooks.mjs)
import type { HolidayChoice } from '../src/core/holiday-choice.ts';
import { buildMatcher } from '../src/core/matching.ts';
import { DEFAULT_SETTINGS } from '../src/core/profile.ts';
import { verdict } from '../src/core/verdict.ts';
import { table } from '../scripts/lib/util.mjs';
import { makeProfiles, makeRecipients } from './lib/profiles.ts';
import { measure, ms } from './lib/measure.ts';

const TARGET_MS = 1;
const RUNS = 500;

const profiles = makeProfiles(1000);
const recipients = makeRecipients();
const entries = profiles.reduce((n, p) => n + p.match.length, 0);
const settings = DEFAULT_SETTINGS;

const t0 = performance.now();
const matcher = buildMatcher(profiles);
const firstBuild = performance.now() - t0;

// Tuesday 24 Nov 2026 (no DST switch near) at three moments, in UTC.
const MOMENTS: [string, Date][] = [
  ['Tue 15:00 UTC (NY 10:00, London 15:00, Berlin 16:00)', new Date('2026-11-24T15:00:00Z')],
  ['Tue 22:30 UTC (after hours everywhere)', new Date('2026-11-24T22:30:00Z')],
  ['Sat 12:00 UTC (weekend)', new Date('2026-11-28T12:00:00Z')],
];

console.log(
  `${profiles.length} profiles, ${entries} addresses and domains, ${recipients.length} recipients ` +
    `(${recipients.filter((r) => !r.includes('stranger')).length} matching); matcher first build ${ms(firstBuild)}`,
);

const rows: (string | number)[][] = [];
let worst = 0;
for (const [label, now] of MOMENTS) {
  const result = verdict(recipients, profiles, settings, now, undefined, matcher);
  const matched = result.recipients.filter((r) => r.profileId !== null).length;
  const stats = measure(() => verdict(recipients, profiles, settings, now, undefined, matcher), { runs: RUNS });
  worst = Math.max(worst, stats.median);
  const detail =
    result.kind === 'outside'
      ? `outside → ${result.nextWindow ?? 'no window'}`
      : result.kind === 'inside'
        ? `inside until ${result.until}`
        : result.kind;
  rows.push([`verdict, ${label}`, ms(stats.median), ms(stats.p95), stats.runs, `${matched} matched; ${detail}`]);
}

// Every profile with its zone's public holidays, made effective once (the snapshot's job).
const { effectiveProfiles } = await import('../src/background/holidays/effective-profiles.ts');
const HOLIDAYS_BY_ZONE: Record<string, HolidayChoice> = {
  'America/New_York': { country: 'US', region: 'NY', workAnyway: [] },
  'America/Chicago': { country: 'US', region: 'IL', workAnyway: [] },
  'America/Los_Angeles': { country: 'US', region: 'CA', workAnyway: [] },
  'Europe/London': { country: 'GB', region: 'ENG', workAnyway: [] },
  'Europe/Berlin': { country: 'DE', region: 'BY', workAnyway: [] },
  'Asia/Kolkata': { country: 'IN', workAnyway: [] },
  'Asia/Tokyo': { country: 'JP', workAnyway: [] },
  'Australia/Sydney': { country: 'AU', region: 'NSW', workAnyway: [] },
};
const withChoice = profiles.map((p) => ({ ...p, holidays: HOLIDAYS_BY_ZONE[p.timeZone]! }));
const t1 = performance.now();
const effective = effectiveProfiles(withChoice, matcher, MOMENTS[0]![1]);
const expansion = performance.now() - t1;
const days =
  effective.profiles.reduce((n, p) => n + p.timeOff.length, 0) - profiles.reduce((n, p) => n + p.timeOff.length, 0);
const HOLIDAY_MOMENTS: [string, Date][] = [
  ...MOMENTS,
  ['Thu 26 Nov 15:00 UTC (Thanksgiving in the US)', new Date('2026-11-26T15:00:00Z')],
];
for (const [label, at] of HOLIDAY_MOMENTS) {
  const result = verdict(recipients, effective.profiles, settings, at, undefined, effective.matcher);
  const stats = measure(() => verdict(recipients, effective.profiles, settings, at, undefined, effective.matcher), {
    runs: RUNS,
  });
  worst = Math.max(worst, stats.median);
  const detail =
    result.kind === 'outside'
      ? `outside (${[...new Set(result.outside.map((o) => o.reason))].join(', ')}) → ${result.nextWindow ?? 'no window'}`
      : result.kind;
  rows.push([`verdict with holidays, ${label}`, ms(stats.median), ms(stats.p95), stats.runs, detail]);
}
rows.push([
  'effective profiles: holidays for 1,000 profiles (once per snapshot and year)',
  ms(expansion),
  '',
  1,
  `${days} holiday days added`,
]);

const now = MOMENTS[1]![1];
const cold = measure(() => verdict(recipients, profiles, settings, now), { runs: 200, warmup: 10 });
rows.push(['verdict without a prebuilt matcher (builds it)', ms(cold.median), ms(cold.p95), cold.runs, '']);
const build = measure(() => buildMatcher(profiles), { runs: 200, warmup: 10 });
rows.push(['buildMatcher(1,000 profiles)', ms(build.median), ms(build.p95), build.runs, '']);

console.log(table(['case', 'median', 'p95', 'runs', 'result'], rows));
if (worst > TARGET_MS) {
  console.log(`✗ the slowest verdict median is ${ms(worst)}, over the ${TARGET_MS} ms target (DESIGN §6)`);
  process.exitCode = 1;
} else {
  console.log(`✓ every verdict median ≤ ${TARGET_MS} ms (slowest ${ms(worst)})`);
}
