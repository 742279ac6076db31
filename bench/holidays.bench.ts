/**
 * The holiday library's cost in the worker (issue 15.3): loading it, one country's year cold and
 * warm, and `publicHolidays` with and without its memo. The first two rows are one-off figures
 * from this process (run it alone for a cold reading); the rest are medians.
 *
 * Bundle size is not measured here: `npx esbuild src/background/holidays/holiday-dates.ts
 * --bundle --minify --format=esm | gzip -c | wc -c` gives it.
 */
import './lib/raw-imports.mjs'; // before the worker code: holiday-data.ts imports the data `?raw`
import { performance } from 'node:perf_hooks';
import { table } from '../scripts/lib/util.mjs';
import { measure, ms } from './lib/measure.ts';

const t0 = performance.now();
const { default: Holidays } = await import('date-holidays');
const { publicHolidays, holidayMemo } = await import('../src/background/holidays/holiday-dates.ts');
const loaded = performance.now() - t0;

const t1 = performance.now();
const first = new Holidays('US', 'NY').getHolidays(2026, 'en');
const cold = performance.now() - t1;

const usNy = { country: 'US', region: 'NY', workAnyway: [] };
const warm = measure(() => new Holidays('US', 'NY').getHolidays(2026, 'en'), { runs: 200, warmup: 20 });
const deBy = measure(() => new Holidays('DE', 'BY').getHolidays(2026, 'de'), { runs: 200, warmup: 20 });
const miss = measure(
  () => {
    holidayMemo.clear();
    return publicHolidays(usNy, 2026, 2027);
  },
  { runs: 100, warmup: 10 },
);
const hit = measure(() => publicHolidays(usNy, 2026, 2027), { runs: 1000 });

console.log(
  table(
    ['case', 'median', 'p95', 'runs', 'result'],
    [
      ['load date-holidays + holiday-dates.ts (once)', ms(loaded), '', 1, ''],
      ["new Holidays('US','NY') + getHolidays(2026), cold", ms(cold), '', 1, `${first.length} holidays, all types`],
      ["new Holidays('US','NY') + getHolidays(2026), warm", ms(warm.median), ms(warm.p95), warm.runs, ''],
      ["new Holidays('DE','BY') + getHolidays(2026,'de'), warm", ms(deBy.median), ms(deBy.p95), deBy.runs, ''],
      [
        'publicHolidays US-NY 2026–2027, memo miss',
        ms(miss.median),
        ms(miss.p95),
        miss.runs,
        `${publicHolidays(usNy, 2026, 2027).length} public`,
      ],
      ['publicHolidays US-NY 2026–2027, memo hit', ms(hit.median), ms(hit.p95), hit.runs, ''],
    ],
  ),
);
