// Import this first in a bench that loads worker code with a `?raw` import (see raw-import-hooks.mjs).
import { register } from 'node:module';

register('./raw-import-hooks.mjs', import.meta.url);
