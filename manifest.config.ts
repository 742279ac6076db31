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

export type Target = 'chrome' | 'firefox';

type Manifest = typeof source;

export type ContentScripts = Manifest['content_scripts'];

/** The manifest crxjs builds: everything but the content scripts. */
export function manifestFor(target: Target): Record<string, unknown> {
  const { browser_specific_settings: gecko, background, content_scripts: _built_separately, ...common } = source as Manifest;
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
