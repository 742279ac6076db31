/**
 * DESIGN §6: a verdict for 50 recipients against 1,000 profiles (10,000 addresses and domains)
 * takes ≤ 1 ms median. The worker builds the matcher once per change of profiles and reuses it,
 * so the main rows pass a prebuilt matcher; the cost of building it is measured on its own.
 */
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
