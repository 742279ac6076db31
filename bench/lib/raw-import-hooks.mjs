// Node module hooks for the benches (run with tsx): Vite's `?raw` import — a file's text as the
// module's default export — which src/background/holidays/holiday-data.ts uses for the holiday
// data. Registered by bench/lib/raw-imports.mjs before the bench imports worker code.
import { readFile } from 'node:fs/promises';

export async function resolve(specifier, context, next) {
  if (!specifier.endsWith('?raw')) return next(specifier, context);
  const url = new URL(specifier, context.parentURL);
  return { url: url.href, shortCircuit: true };
}

export async function load(url, context, next) {
  if (!url.endsWith('?raw')) return next(url, context);
  const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
