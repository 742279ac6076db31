/**
 * Dated DOM fixtures of the mail pages (providers/<name>/fixtures/): `sim-*.html` captured from
 * the simulated pages by scripts/capture-fixtures.mjs, `research-*.html` written by hand from the
 * public facts in ../shared/research/. Each fixture has a sidecar `<fixture>.counts.ts` saying
 * how many elements each exported selector of the provider's selectors.ts must match in it
 * (refined-github pairs its selectors with expected counts the same way): a selector that drifts
 * from the real page, or a simulator that drifts from research, shows as a changed count.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROVIDERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The names of a selectors module's CSS selectors: its exported strings and string lists. */
export type SelectorNames<S> = {
  [K in keyof S]: S[K] extends string | readonly string[] ? K : never;
}[keyof S];

/**
 * A fixture's expected counts: every CSS selector of the module (the compiler says when one is
 * missing), less `NotCss`, the exported strings that are no selector (a host, an attribute name).
 */
export interface FixtureCounts<S, NotCss extends keyof S = never> {
  /** The fixture's file name without `.html`, in the provider's fixtures/ (or testing/ for shared pages). */
  fixture: string;
  /** The page's address (the adapters read the host, the path and `about:` pop-outs from it). */
  url: string;
  counts: Record<Exclude<SelectorNames<S>, NotCss>, number>;
}

/** The fixture's HTML: `provider` is a provider's folder, or `testing` for the shared pages. */
export function fixtureHtml(provider: string, fixture: string): string {
  const dir = provider === 'testing' ? path.join(PROVIDERS, 'testing') : path.join(PROVIDERS, provider, 'fixtures');
  return readFileSync(path.join(dir, `${fixture}.html`), 'utf8');
}

interface FixtureWindow {
  happyDOM: { setURL(url: string): void };
}

/** Puts the fixture in the test's happy-dom document at `url` (its body's classes included); returns the document. */
export function mountFixture(html: string, url: string): Document {
  (window as unknown as FixtureWindow).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom refuses to replace the document element: its content and attributes are copied instead.
  const copyAttributes = (from: Element, to: Element) => {
    for (const name of to.getAttributeNames()) to.removeAttribute(name);
    for (const { name, value } of Array.from(from.attributes)) to.setAttribute(name, value);
  };
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  copyAttributes(parsed.documentElement, document.documentElement);
  copyAttributes(parsed.body, document.body);
  return document;
}

/** How many elements a selector matches: a list (tried in order by the adapter) counts its union. */
export function countOf(doc: ParentNode, selector: string | readonly string[]): number {
  const query = typeof selector === 'string' ? selector : selector.join(', ');
  return doc.querySelectorAll(query).length;
}
