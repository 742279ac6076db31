// The one alias the build and the unit tests share: `moment-timezone` (imported by the holiday
// library's engine) → src/background/holidays/moment-timezone-lazy.ts, which loads its zone data
// on first need instead of at import. Only the bare name: the shim itself imports a sub-path.
import { fileURLToPath } from 'node:url';

export const MOMENT_TIMEZONE_LAZY = {
  find: /^moment-timezone$/,
  replacement: fileURLToPath(new URL('../../src/background/holidays/moment-timezone-lazy.ts', import.meta.url)),
};
