/**
 * moment-timezone for the holiday library, with its zone data loaded on first need. The library's
 * engine (date-holidays-parser, and caldate under it) imports `moment-timezone`, whose entry loads
 * ~720 KB of packed zone data as an object literal at import — at every worker start. The build
 * points that import here (the `moment-timezone` alias in vite.config.ts and vitest.config.ts):
 * the same moment-timezone code, with the data imported `?raw` and loaded by holiday-data.ts
 * together with the holiday data, before the library first runs.
 */
import moment from 'moment-timezone/moment-timezone.js';
import packed from '../../../node_modules/moment-timezone/data/packed/latest.json?raw';

let loaded = false;

/** Loads the zone data once; the library computes nothing before holiday-data.ts called this. */
export function loadZoneData(): void {
  if (loaded) return;
  loaded = true;
  moment.tz.load(JSON.parse(packed) as Parameters<typeof moment.tz.load>[0]);
}

export default moment;
