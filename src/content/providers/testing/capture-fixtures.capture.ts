// @vitest-environment happy-dom
/**
 * Captures the simulated pages' views as DOM fixtures (`providers/<name>/fixtures/sim-*.html`),
 * so the fixtures are regenerated, never hand-edited: run `node scripts/capture-fixtures.mjs`
 * (it runs this file under vitest with scripts/lib/capture-fixtures.config.ts; `npm test` does
 * not). The views are listed in providers/<name>/testing/fixture-views.ts. The simulators'
 * random ids and clock are pinned, so a capture changes only when a simulator does.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, it, vi } from 'vitest';
import { GMAIL_VIEWS } from '../gmail/testing/fixture-views.ts';
import { OUTLOOK_VIEWS } from '../outlook/testing/fixture-views.ts';
import type { FixtureView } from './fixture-view.ts';

const PROVIDERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The day of the capture (before the clock is pinned): the fixtures' date. */
const CAPTURED = new Date().toISOString().slice(0, 10);
/** The simulated pages' clock: every capture shows the same times. */
const PINNED_NOW = new Date('2026-12-01T10:00:00Z');

let seed = 1;
/** A small deterministic PRNG (mulberry32) in place of Math.random: the simulators' ids repeat. */
function seeded(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: PINNED_NOW });
  vi.spyOn(Math, 'random').mockImplementation(seeded);
});
afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const SITES = {
  gmail: { label: 'Gmail', views: GMAIL_VIEWS },
  outlook: { label: 'Outlook', views: OUTLOOK_VIEWS },
} as const;

async function capture(provider: keyof typeof SITES, { view, what, show }: FixtureView, viewSeed: number) {
  seed = viewSeed;
  await show();
  // What was typed lives in properties, which outerHTML leaves out: written as attributes, the fixture keeps it.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) {
    if (el instanceof HTMLInputElement) el.setAttribute('value', el.value);
    else if (el instanceof HTMLTextAreaElement) el.textContent = el.value;
  }
  const header =
    `<!-- Captured ${CAPTURED} from the simulated ${SITES[provider].label} (e2e/sites/${provider}/) by ` +
    `scripts/capture-fixtures.mjs: ${what}. Do not edit by hand: run the script again. -->`;
  const html = `<!DOCTYPE html>\n${header}\n${document.documentElement.outerHTML}\n`;
  writeFileSync(path.join(PROVIDERS, provider, 'fixtures', `sim-${view}.html`), html);
}

it.each(Object.keys(SITES) as (keyof typeof SITES)[])('captures the simulated %s', async (provider) => {
  let viewSeed = 0;
  for (const view of SITES[provider].views) await capture(provider, view, ++viewSeed);
});
