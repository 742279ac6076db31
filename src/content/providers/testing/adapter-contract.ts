/**
 * The adapter contract (adapter.ts, ProviderAdapter): the same expectations for every provider,
 * run over its dated DOM fixtures (fixtures.ts) by providers/contract.test.ts. A provider passes
 * its adapter, the composes its fixtures hold (one per fixture) and the mail pages without one;
 * the unrelated page and the empty document are the same for all. Provider-specific behaviour
 * stays in the provider's own tests.
 */
import { describe, expect, it } from 'vitest';
import type { ComposeKind, ProviderAdapter } from '../adapter.ts';
import { fixtureHtml, mountFixture } from './fixtures.ts';

export interface FixtureRef {
  fixture: string;
  url: string;
}

/** A fixture holding exactly one compose, and what the adapter must read from it. */
export interface ComposeCase extends FixtureRef {
  kind: ComposeKind;
  recipients: string[];
  fields: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  /** Text the body's HTML holds ('' for an empty body). */
  body: string;
}

export interface ContractCase {
  provider: string;
  adapter: ProviderAdapter;
  composes: readonly ComposeCase[];
  /** Mail pages of the provider without a compose (an inbox, Sent). */
  pages: readonly FixtureRef[];
}

const UNRELATED: FixtureRef = { fixture: 'unrelated-page', url: 'https://blog.example/notes/field' };
const EMPTY_HTML = '<!DOCTYPE html><html><head></head><body></body></html>';

/** Ctrl/Cmd+Enter (or `init`) dispatched at `target`, and what the adapter said of it in flight. */
function shortcutAt(adapter: ProviderAdapter, target: Element, init: KeyboardEventInit): boolean {
  let seen = false;
  const listen = (event: Event) => {
    seen = adapter.isSendShortcut(event as KeyboardEvent);
  };
  target.ownerDocument.addEventListener('keydown', listen, true);
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
  target.ownerDocument.removeEventListener('keydown', listen, true);
  return seen;
}

const CTRL_ENTER = { key: 'Enter', ctrlKey: true };

/** Every element of the document, for "nothing here is a compose". */
function everyElement(doc: Document): Element[] {
  const all: Element[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) all.push(node as Element);
  return all;
}

function expectNothingKnown(adapter: ProviderAdapter, doc: Document): void {
  expect(adapter.recognisesPage(doc)).toBe(false);
  expect(adapter.findComposeRoots(doc)).toEqual([]);
  for (const el of everyElement(doc)) {
    expect(adapter.composeRootOf(el)).toBeNull();
    expect(adapter.sendControlAt(el)).toBeNull();
    expect(shortcutAt(adapter, el, CTRL_ENTER)).toBe(false);
  }
  expect(adapter.account(doc)).toBeNull();
}

export function adapterContract({ provider, adapter, composes, pages }: ContractCase): void {
  describe(`the ${provider} adapter contract`, () => {
    it('states what it can confirm; a provider that delivers locally can confirm a delivery', () => {
      const { sentNotice, sentLookup, scheduledCancel } = adapter.confirms;
      expect([sentNotice, sentLookup, scheduledCancel].every((fact) => typeof fact === 'boolean')).toBe(true);
      if (adapter.deliversLocally) expect(sentNotice || sentLookup).toBe(true);
    });

    describe.each(composes.map((c) => [c.fixture, c] as const))('in %s.html', (_name, c) => {
      const mount = () => {
        const doc = mountFixture(fixtureHtml(provider, c.fixture), c.url);
        const roots = adapter.findComposeRoots(doc);
        expect(roots).toHaveLength(1);
        return { doc, root: roots[0]!, compose: adapter.compose(roots[0]!) };
      };

      it('recognises the page and finds the one compose', () => {
        const { doc, root, compose } = mount();
        expect(adapter.recognisesPage(doc)).toBe(true);
        expect(compose.kind).toBe(c.kind);
        expect(compose.isOpen()).toBe(true);
        expect(adapter.composeRootOf(root)).toBe(root);
      });

      it('reads recipients, each field, the subject and the body', () => {
        const { compose } = mount();
        expect(compose.recipients()).toEqual(c.recipients);
        expect(compose.recipientFields()).toEqual(c.fields);
        const { to, cc, bcc } = compose.recipientFields();
        for (const written of [...to, ...cc, ...bcc]) expect(compose.recipients()).toContain(written);
        expect(compose.subject()).toBe(c.subject);
        if (c.body) expect(compose.bodyHtml()).toContain(c.body);
        else expect(typeof compose.bodyHtml()).toBe('string');
      });

      it('finds Send, inside the compose, as the control a send gesture targets; the pill goes inside it too', () => {
        const { root, compose } = mount();
        const send = compose.sendControl();
        expect(send).not.toBeNull();
        expect(root.contains(send)).toBe(true);
        expect(adapter.sendControlAt(send!)).toBe(send);
        expect(adapter.composeRootOf(send!)).toBe(root);
        expect(adapter.sendControlAt(root)).toBeNull();
        const anchor = compose.pillAnchor();
        if (anchor) expect(root.contains(anchor)).toBe(true);
      });

      it('takes Ctrl+Enter and Cmd+Enter inside the compose for Send, nothing else', () => {
        const { doc, compose } = mount();
        const inside = compose.sendControl()!;
        expect(shortcutAt(adapter, inside, CTRL_ENTER)).toBe(true);
        expect(shortcutAt(adapter, inside, { key: 'Enter', metaKey: true })).toBe(true);
        expect(shortcutAt(adapter, inside, { key: 'Enter' })).toBe(false);
        expect(shortcutAt(adapter, inside, { key: 'Enter', ctrlKey: true, shiftKey: true })).toBe(false);
        expect(shortcutAt(adapter, doc.body, CTRL_ENTER)).toBe(false);
      });
    });

    it.each(pages.map((p) => [p.fixture, p] as const))('recognises %s.html and finds no compose there', (_n, p) => {
      const doc = mountFixture(fixtureHtml(provider, p.fixture), p.url);
      expect(adapter.recognisesPage(doc)).toBe(true);
      expect(adapter.findComposeRoots(doc)).toEqual([]);
      expect(adapter.composeRootOf(doc.body)).toBeNull();
    });

    it('knows nothing on a page that is no mail UI, and never throws', async () => {
      const doc = mountFixture(fixtureHtml('testing', UNRELATED.fixture), UNRELATED.url);
      expectNothingKnown(adapter, doc);
      expect(await adapter.accountAddress(doc)).toBeNull();
    });

    it('knows nothing on an empty document, and never throws', async () => {
      const doc = mountFixture(EMPTY_HTML, 'about:blank');
      expectNothingKnown(adapter, doc);
      expect(await adapter.accountAddress(doc)).toBeNull();
    });

    it('answers empty for a compose root that is none (a detached element)', () => {
      const compose = adapter.compose(document.createElement('div'));
      expect(compose.isOpen()).toBe(false);
      expect(compose.recipients()).toEqual([]);
      expect(compose.recipientFields()).toEqual({ to: [], cc: [], bcc: [] });
      expect(compose.subject()).toBe('');
      expect(compose.request()).toBeNull();
      expect(compose.sendControl()).toBeNull();
      expect(compose.pillAnchor()).toBeNull();
      expect(compose.bodyHtml()).toBe('');
      expect(compose.thread()).toBeNull();
    });
  });
}
