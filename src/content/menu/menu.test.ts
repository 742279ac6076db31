// @vitest-environment happy-dom
/**
 * The pill menu's DOM: roles, the focus it moves, the reason on disabled items, and the second
 * step for several clients. The insertion is stubbed (statement/insert.ts has its own e2e path).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuardCheck } from '../../core/guard-types.ts';
import type { ComposeAdapter } from '../providers/adapter.ts';
import type { InsertOutcome, InsertRequest } from '../statement/insert.ts';

const insertStatement = vi.fn<(request: InsertRequest) => Promise<InsertOutcome>>();
vi.mock('../statement/insert.ts', () => ({ insertStatement: (r: InsertRequest) => insertStatement(r) }));

const { openStatementMenu } = await import('./index.ts');

// The menu lives in a closed shadow root: open it here so the test can look inside.
const original = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  return original.call(this, { ...init, mode: 'open' });
};

const compose = {} as ComposeAdapter;
const checkWith = (profileIds: (string | null)[]) =>
  ({
    verdict: { recipients: profileIds.map((profileId, i) => ({ address: `r${i}@x.com`, profileId })) },
  }) as unknown as GuardCheck;

function open(check: GuardCheck | null) {
  const anchor = document.createElement('button');
  document.body.append(anchor);
  const onClose = vi.fn();
  const handle = openStatementMenu({ anchor, compose, check, caret: null, onClose });
  const root = document.body.lastElementChild!.shadowRoot!;
  const menu = root.querySelector<HTMLElement>('[role=menu]')!;
  const items = () => [...root.querySelectorAll<HTMLElement>('[role=menuitem]')];
  const key = (k: string) => root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  return { anchor, onClose, handle, root, menu, items, key };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  insertStatement.mockReset();
  document.body.replaceChildren();
});

describe('the pill menu', () => {
  it('is a labelled menu of two items, the first focused; arrows move the focus', () => {
    const { root, menu, items, key } = open(checkWith(['acme']));
    expect(root.getElementById(menu.getAttribute('aria-labelledby')!)?.textContent).toBe('Red Cup');
    expect(items().map((i) => i.textContent)).toEqual(['Insert my boundaries', 'Insert signature line']);
    expect(root.activeElement).toBe(items()[0]);
    key('ArrowDown');
    expect(root.activeElement).toBe(items()[1]);
  });

  it('Escape closes it and gives the focus back to the pill', () => {
    const { anchor, onClose, key } = open(checkWith(['acme']));
    key('Escape');
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(anchor);
    expect(document.body.children).toHaveLength(1);
  });

  it('without a client the items are disabled, described by the reason, and Enter does nothing', () => {
    const { root, items, key } = open(checkWith([null]));
    const first = items()[0]!;
    expect(first.getAttribute('aria-disabled')).toBe('true');
    expect(root.getElementById(first.getAttribute('aria-describedby')!)?.textContent).toBe(
      'No client is among the recipients.',
    );
    key('Enter');
    expect(insertStatement).not.toHaveBeenCalled();
  });

  it('inserts, then closes without taking the focus back', async () => {
    insertStatement.mockResolvedValue({ kind: 'inserted', message: 'done' });
    const { onClose, key } = open(checkWith(['acme']));
    key('ArrowDown');
    key('Enter');
    await settle();
    expect(insertStatement).toHaveBeenCalledWith({ compose, kind: 'signature', caret: null });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('asks which client when the worker names several, and inserts the chosen one’s', async () => {
    const clients = [
      { id: 'acme', name: 'Acme', color: '#c33', timeZone: 'UTC' },
      { id: 'globex', name: 'Globex', color: '#33c', timeZone: 'UTC' },
    ];
    insertStatement.mockResolvedValueOnce({ kind: 'choose', clients });
    insertStatement.mockResolvedValueOnce({ kind: 'choose', clients });
    insertStatement.mockResolvedValueOnce({ kind: 'inserted', message: 'done' });
    const { root, menu, items, key } = open(checkWith(['acme', 'globex']));
    key('Enter');
    await settle();
    expect(root.getElementById(menu.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Boundaries for which client?',
    );
    expect(items().map((i) => i.textContent)).toEqual(['Acme', 'Globex']);
    key('ArrowLeft');
    expect(items().map((i) => i.textContent)).toEqual(['Insert my boundaries', 'Insert signature line']);
    key('Enter');
    await settle();
    key('End');
    key('Enter');
    await settle();
    expect(insertStatement).toHaveBeenLastCalledWith({ compose, kind: 'paragraph', caret: null, profileId: 'globex' });
  });

  it('shows a refusal and stays open', async () => {
    insertStatement.mockResolvedValue({ kind: 'failed', message: 'No client is among the recipients.' });
    const { root, onClose, key } = open(null);
    key('Enter');
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('No client is among the recipients.');
    expect(onClose).not.toHaveBeenCalled();
  });
});
