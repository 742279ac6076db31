/**
 * The zone picker's search data (issue 16 point 6): cities, generic names, abbreviations and
 * countries of every zone, ≈ 33 KB gzip. Imported only through `import()` by ZonePicker, so it is
 * a chunk of its own that only the options page loads (never the content script or the worker).
 */
import raw from '../../../core/zone-aliases.json';
import type { ZoneAliasData } from '../../../core/zone-search.ts';

/** The generated file's city pairs are `[city, zone]` tuples; JSON types them as `string[]`. */
export const zoneAliases = raw as unknown as ZoneAliasData;
