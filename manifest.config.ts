/**
 * Derives each browser's manifest from the one `manifest.json` (DESIGN §8).
 * Chrome: a module service worker, no gecko block (Chrome warns on unknown keys).
 * Firefox 142+: `background.scripts` (Firefox refuses a service-worker-only manifest) and
 * `browser_specific_settings.gecko`, which crxjs does not add by itself.
 */
import source from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

type Manifest = typeof source;

export function manifestFor(target: Target): Record<string, unknown> {
  const { browser_specific_settings: gecko, background, ...common } = source as Manifest;
  if (target === 'chrome') {
    return { ...common, background };
  }
  return {
    ...common,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: gecko,
  };
}
