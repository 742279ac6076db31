import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { contentScriptsOf, manifestFor, type Target } from './manifest.config.ts';
import { contentScripts } from './scripts/lib/content-scripts.ts';
import { MOMENT_TIMEZONE_LAZY } from './scripts/lib/moment-timezone-alias.ts';

// One build per browser: RED_CUP_TARGET=chrome|firefox (scripts/build.mjs runs both).
const target: Target = process.env.RED_CUP_TARGET === 'firefox' ? 'firefox' : 'chrome';
const outDir = `dist/${target}`;
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    preact(),
    // crxjs types its manifest input loosely; ours is checked by manifestFor's derivation.
    crx({ manifest: manifestFor(target) as never, browser: target }),
    // The content script: synchronous at document_start, lazy parts by extension URL.
    contentScripts({ root, outDir, target, scripts: contentScriptsOf() }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    // Minified: the 20 KB gzip content-script budget (DESIGN §6) is measured on this output.
    // Store review accepts minified code; no source maps are shipped.
    minify: true,
    sourcemap: false,
  },
  server: { strictPort: true },
  // The holiday library's moment-timezone without its zone data at start-up (worker cold start, issue 15.3).
  resolve: { alias: [MOMENT_TIMEZONE_LAZY] },
});
