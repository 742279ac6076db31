/**
 * Builds the content script outside crxjs (DESIGN §4, §6, §7), for one browser target:
 *
 * - Each `content_scripts[].js` entry of manifest.json becomes one classic script (IIFE) with
 *   everything it imports statically. The browser runs it synchronously at `document_start`, so
 *   the send listeners are on `window` before any page script runs. (crxjs's loader instead
 *   `import()`s the code, which leaves a gap before the listeners exist; crxjs's own IIFE mode
 *   inlines every `import()`, which would put the panel and the delivery code into start-up.)
 * - Every `import('./x.ts')` in that code, and in what it loads lazily, becomes a self-contained
 *   ES module under `assets/content/`, imported at run time by its extension URL
 *   (`import(chrome.runtime.getURL('assets/content/x.js'))`: the form Firefox's add-on linter
 *   accepts, and on Chrome `getURL` answers with this session's dynamic origin, so the page
 *   never sees the extension's fixed id). Self-contained because Chrome serves web-accessible
 *   resources with `use_dynamic_url` from a per-session origin, but resolves a module's own
 *   relative imports against the extension's fixed origin, where they are refused.
 * - No `<link rel=modulepreload>` is written into the page (Vite's preload helper is never used
 *   here), so the page learns nothing about the extension from its own DOM.
 *
 * The lazy modules are the only web-accessible resources, on the content script's hosts only,
 * with `use_dynamic_url` on Chrome (Firefox's origin is a per-install uuid already).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

export type Target = 'chrome' | 'firefox';

interface ContentScript {
  matches: string[];
  js: string[];
  [key: string]: unknown;
}

/**
 * Where a source module loaded lazily by the content script is written:
 * `assets/content/<path under src/content>.js`, or `assets/content/<path under src>.js` for the
 * few shared modules outside src/content (the tab protocol's checks, in src/messaging).
 */
export function builtName(root: string, id: string): string {
  const source = id.split('?')[0]!;
  const inside = (dir: string) => {
    const relative = path.relative(dir, source);
    return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative;
  };
  const relative = inside(path.join(root, 'src', 'content')) ?? inside(path.join(root, 'src'));
  if (relative === null) {
    throw new Error(`${path.relative(root, id)} is loaded with import() from the content script but lies outside src`);
  }
  return `assets/content/${relative
    .replace(/\.[cm]?[jt]sx?$/, '')
    .split(path.sep)
    .join('-')}.js`;
}

const LITERAL_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/**
 * Rewrites `import('./x.ts')` to `import(<extension URL of x's built module>)` and records x as a
 * module to build. Runs after Vite's TypeScript transform, so `typeof import('./x.ts')` types
 * are gone by then.
 */
function lazyImports(root: string, found: Map<string, string>): Plugin {
  return {
    name: 'red-cup:lazy-imports',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import(')) return null;
      const matches = [...code.matchAll(LITERAL_IMPORT)];
      if (matches.length === 0) return null;
      let out = code;
      for (const match of matches.reverse()) {
        const resolved = await this.resolve(match[2]!, id);
        if (!resolved) this.error(`cannot resolve import('${match[2]}') in ${path.relative(root, id)}`);
        const file = builtName(root, resolved.id);
        found.set(resolved.id, file);
        const start = match.index;
        out = `${out.slice(0, start)}import(/* @vite-ignore */ chrome.runtime.getURL(${JSON.stringify(file)}))${out.slice(start + match[0].length)}`;
      }
      return { code: out, map: null };
    },
  };
}

/** One Vite library build of `entry` into `outDir/file`, with no code splitting. */
async function buildOne(
  root: string,
  outDir: string,
  entry: string,
  file: string,
  format: 'iife' | 'es',
  found: Map<string, string>,
): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Libraries read process.env.NODE_ENV; library mode does not replace it by itself.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [lazyImports(root, found)],
    build: {
      outDir,
      emptyOutDir: false,
      write: true,
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      modulePreload: false,
      lib: { entry, formats: [format], name: 'RedCup', fileName: () => file },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

/**
 * The content script's part of the built manifest: `content_scripts` pointing at the classic
 * scripts, and the lazy modules as web-accessible resources.
 */
function manifestPart(scripts: ContentScript[], startFiles: Map<string, string>, lazyFiles: string[], target: Target) {
  const content_scripts = scripts.map((cs) => ({ ...cs, js: cs.js.map((js) => startFiles.get(js)!) }));
  const matches = [...new Set(scripts.flatMap((cs) => cs.matches))].sort();
  if (lazyFiles.length === 0) return { content_scripts };
  const resources = [...lazyFiles].sort();
  return {
    content_scripts,
    web_accessible_resources: [{ matches, resources, ...(target === 'chrome' ? { use_dynamic_url: true } : {}) }],
  };
}

/**
 * The Vite plugin: after the main (crxjs) build has written `outDir`, builds the content
 * scripts into it and adds them to its manifest.json. crxjs must be given the manifest
 * without `content_scripts` (manifest.config.ts).
 */
export function contentScripts(options: {
  root: string;
  outDir: string;
  target: Target;
  scripts: ContentScript[];
}): Plugin {
  const { root, target, scripts } = options;
  const outDir = path.resolve(root, options.outDir);
  return {
    name: 'red-cup:content-scripts',
    apply: 'build',
    enforce: 'post',
    async writeBundle() {
      const found = new Map<string, string>(); // source id → built file, for import() targets
      const startFiles = new Map<string, string>();
      for (const js of new Set(scripts.flatMap((cs) => cs.js))) {
        const entry = path.join(root, js);
        const file = builtName(root, entry);
        startFiles.set(js, file);
        await buildOne(root, outDir, entry, file, 'iife', found);
      }
      const built = new Set<string>();
      for (
        let pending = [...found.keys()];
        pending.length > 0;
        pending = [...found.keys()].filter((id) => !built.has(id))
      ) {
        for (const id of pending) {
          built.add(id);
          await buildOne(root, outDir, id, found.get(id)!, 'es', found);
        }
      }
      const manifestFile = path.join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
      if (manifest.content_scripts || manifest.web_accessible_resources) {
        throw new Error(
          'crxjs was given content scripts or web-accessible resources: manifest.config.ts must leave them to this plugin',
        );
      }
      const part = manifestPart(scripts, startFiles, [...found.values()], target);
      const ordered: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(manifest)) {
        ordered[key] = value;
        if (key === 'options_ui') Object.assign(ordered, part);
      }
      Object.assign(ordered, part); // no options_ui: at the end (keys already set keep their place)
      writeFileSync(manifestFile, `${JSON.stringify(ordered, null, 2)}\n`);
    },
  };
}
