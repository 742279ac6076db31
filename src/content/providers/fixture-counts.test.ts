// @vitest-environment happy-dom
/**
 * Every selector of each provider's selectors.ts against that provider's dated DOM fixtures
 * (providers/testing/fixtures.ts): each must match exactly the number of elements its fixture's
 * counts table says, in the pages captured from the simulators and in those written from research.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as gmailSelectors from './gmail/selectors.ts';
import { FIXTURES as GMAIL_FIXTURES } from './gmail/fixtures/index.ts';
import * as outlookSelectors from './outlook/selectors.ts';
import { FIXTURES as OUTLOOK_FIXTURES } from './outlook/fixtures/index.ts';
import { countOf, fixtureHtml, mountFixture } from './testing/fixtures.ts';

interface Table {
  fixture: string;
  url: string;
  counts: Record<string, number>;
}

const PROVIDERS: [string, Record<string, unknown>, readonly Table[]][] = [
  ['gmail', gmailSelectors, GMAIL_FIXTURES],
  ['outlook', outlookSelectors, OUTLOOK_FIXTURES],
];

describe.each(PROVIDERS)('%s selectors', (provider, selectors, fixtures) => {
  it('has fixtures of both kinds: captured from the simulator and written from research', () => {
    expect(fixtures.some((f) => f.fixture.startsWith('sim-'))).toBe(true);
    expect(fixtures.some((f) => f.fixture.startsWith('research-'))).toBe(true);
  });

  describe.each(fixtures.map((table) => [table.fixture, table] as const))('in %s.html', (_name, table) => {
    // Parsed once per fixture: the selectors only read it.
    beforeAll(() => {
      mountFixture(fixtureHtml(provider, table.fixture), table.url);
    });
    it.each(Object.entries(table.counts))('%s matches %i', (name, count) => {
      const selector = selectors[name];
      if (typeof selector !== 'string' && !Array.isArray(selector)) throw new Error(`${name} is no selector`);
      expect(countOf(document, selector as string | readonly string[])).toBe(count);
    });
  });
});
