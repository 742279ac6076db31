/**
 * Derives each browser's manifest from the one `manifest.json` (DESIGN §8).
 * Chrome: a module service worker, no gecko block (Chrome warns on unknown keys).
 * Firefox 142+: `background.scripts` (Firefox refuses a service-worker-only manifest) and
 * `browser_specific_settings.gecko`, which crxjs does not add by itself.
 *
 * The content scripts are not given to crxjs: scripts/lib/content-scripts.ts builds them as
 * classic scripts that run synchronously at document_start, and adds them (and their lazily
 * loaded modules, the only web-accessible resources) to the built manifest.
 */
import source from './manifest.json' with { type: 'json' };
import { allHostPatterns } from './src/core/providers.ts';

export type Target = 'chrome' | 'firefox';

type Manifest = typeof source;

export type ContentScripts = Manifest['content_scripts'];

/**
 * Why manifest.json's hosts disagree with the providers table (src/core/providers.ts), or null.
 * The table is where a provider's hosts are decided; the manifest must ask for exactly those.
 */
export function manifestHostProblem(manifest: Pick<Manifest, 'host_permissions' | 'content_scripts'>): string | null {
  const wanted = allHostPatterns().sort().join(' ');
  const lists = [
    ['host_permissions', manifest.host_permissions],
    ...manifest.content_scripts.map((s, i) => [`content_scripts[${i}].matches`, s.matches] as const),
  ] as const;
  for (const [where, list] of lists) {
    const got = [...list].sort().join(' ');
    if (got !== wanted)
      return `manifest.json ${where} is "${got}", but the providers table (src/core/providers.ts) says "${wanted}"`;
  }
  return null;
}

/** The manifest crxjs builds: everything but the content scripts. Refuses hosts the table does not name. */
export function manifestFor(target: Target): Record<string, unknown> {
  const problem = manifestHostProblem(source);
  if (problem !== null) throw new Error(problem);
  const {
    browser_specific_settings: gecko,
    background,
    content_scripts: _built_separately,
    ...common
  } = source as Manifest;
  if (target === 'chrome') {
    return { ...common, background };
  }
  return {
    ...common,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: gecko,
  };
}

/** The content scripts as manifest.json declares them (source paths). */
export function contentScriptsOf(): ContentScripts {
  return source.content_scripts;
}
