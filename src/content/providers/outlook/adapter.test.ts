// @vitest-environment happy-dom
/**
 * The Outlook adapter on the simulated Outlook (e2e/sites/outlook/), the same DOM the end-to-end
 * tests and the demo use, driven as a user drives it.
 */
import { describe, expect, it } from 'vitest';
import { outlookAdapter as adapter } from './adapter.ts';
import {
  $,
  $$,
  button,
  field,
  keydown,
  leave,
  loadOutlook,
  newMessage,
  reply,
  type,
} from './testing/simulated-outlook.ts';

/** The adapter's compose root for a compose the site opened (its `.compose` wrapper, if the adapter agrees). */
function rootOf(compose: HTMLElement): HTMLElement {
  const root = adapter.composeRootOf(compose.querySelector('[contenteditable=true][aria-label^="Message body"]')!);
  if (!root) throw new Error('the adapter found no compose root');
  return root;
}

describe('the page', () => {
  it('recognises the mailbox, and no page without it', () => {
    loadOutlook();
    expect(adapter.recognisesPage(document)).toBe(true);
    document.body.innerHTML = '<p>Sign in to Outlook</p>';
    expect(adapter.recognisesPage(document)).toBe(false);
    expect(adapter.findComposeRoots(document)).toEqual([]);
  });

  it('is as big as the real one: over 3,000 elements, 150 rows with data-convid', () => {
    loadOutlook({ rows: 150 });
    expect($$('[role=option][data-convid]')).toHaveLength(150);
    expect(document.getElementsByTagName('*').length).toBeGreaterThanOrEqual(3000);
  });
});

describe('compose roots', () => {
  it('finds a new message and a reply open at the same time, each once, with its kind', () => {
    loadOutlook();
    expect(adapter.findComposeRoots(document)).toEqual([]);
    const fresh = newMessage();
    const inline = reply();
    const roots = adapter.findComposeRoots(document);
    expect(roots).toHaveLength(2);
    expect(roots).toEqual(expect.arrayContaining([rootOf(fresh), rootOf(inline)]));
    expect(adapter.compose(rootOf(fresh)).kind).toBe('new');
    expect(adapter.compose(rootOf(inline)).kind).toBe('inline');
  });

  it('tells two new messages apart: each root holds one body and its own Send', () => {
    loadOutlook();
    const a = newMessage();
    const b = newMessage();
    const roots = adapter.findComposeRoots(document);
    expect(roots).toHaveLength(2);
    expect(rootOf(a)).not.toBe(rootOf(b));
    for (const root of roots) {
      expect(root.querySelectorAll('[aria-label^="Message body"][contenteditable=true]')).toHaveLength(1);
      expect(adapter.composeRootOf(adapter.compose(root).sendControl()!)).toBe(root);
    }
    expect(adapter.composeRootOf($('.compose-area'))).toBeNull(); // the container of both is no compose
    expect(adapter.composeRootOf(button('New mail'))).toBeNull();
  });

  it('makes no root of a compose whose Send control it cannot find', () => {
    loadOutlook();
    const a = newMessage();
    newMessage();
    for (const el of $$('.fui-SplitButton__primaryActionButton', a)) el.remove();
    const roots = adapter.findComposeRoots(document);
    expect(roots).toHaveLength(1); // the other one; never the area holding both
    expect(roots[0]!.contains(a)).toBe(false);
  });

  it('drops a compose once it is sent or discarded', () => {
    loadOutlook();
    const a = newMessage();
    const root = rootOf(a);
    const compose = adapter.compose(root);
    expect(compose.isOpen()).toBe(true);
    button('Discard', a).click();
    expect(compose.isOpen()).toBe(false);
    expect(adapter.findComposeRoots(document)).toEqual([]);
  });
});

describe('recipients', () => {
  it('reads chips made by Enter, ";", "," and leaving the field, and text not resolved yet', () => {
    loadOutlook();
    const compose = newMessage();
    const to = field(compose, 'To');
    type(to, 'bob@globex.com', 'Enter');
    type(to, 'sam@initech.com', ';');
    type(to, 'pat@initech.com', ',');
    type(to, 'lee@initech.com');
    leave(to);
    type(to, 'Jane Doe <jane@acme.com>; kim@hooli.com, half@typ');
    expect($$('[data-selection-index]', to)).toHaveLength(4);
    expect(adapter.compose(rootOf(compose)).recipients()).toEqual([
      'bob@globex.com',
      'sam@initech.com',
      'pat@initech.com',
      'lee@initech.com',
      'Jane Doe <jane@acme.com>',
      'kim@hooli.com',
      'half@typ',
    ]);
  });

  it('reads an address kept only in the hover target’s title (a known contact shows a name)', () => {
    loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'bob@globex.com', 'Enter');
    const chip = $('[data-selection-index]', compose);
    expect(chip.textContent).toContain('Bob Stone');
    expect(chip.textContent).not.toContain('@');
    expect($$('[aria-label*="@"]', chip)).toEqual([]);
    expect($('.lpc-hoverTarget', chip).title).toBe('bob@globex.com');
    expect(adapter.compose(rootOf(compose)).recipients()).toEqual(['bob@globex.com']);
  });

  it('reads an address kept only in the draggable persona’s label ("Name <address>" typed)', () => {
    loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'Sam Lee <sam@initech.com>', 'Enter');
    const chip = $('[data-selection-index]', compose);
    expect(chip.textContent).not.toContain('@');
    expect($$('[title*="@"]', chip)).toEqual([]);
    expect($('[draggable=true]', chip).getAttribute('aria-label')).toBe('Sam Lee (sam@initech.com)');
    expect(adapter.compose(rootOf(compose)).recipients()).toEqual(['sam@initech.com']);
  });

  it('reads Cc and Bcc once revealed, chips and pending text alike', () => {
    loadOutlook();
    const compose = newMessage();
    expect(field(compose, 'Cc').closest<HTMLElement>('.field')!.style.display).toBe('none');
    $$('button', compose)
      .find((b) => b.textContent === 'Cc')!
      .click();
    $$('button', compose)
      .find((b) => b.textContent === 'Bcc')!
      .click();
    expect(field(compose, 'Cc').closest<HTMLElement>('.field')!.style.display).toBe('');
    type(field(compose, 'To'), 'jane@acme.com', 'Enter');
    type(field(compose, 'Cc'), 'bob@globex.com', 'Enter');
    type(field(compose, 'Bcc'), 'audit@globex.com');
    expect(adapter.compose(rootOf(compose)).recipients()).toEqual([
      'jane@acme.com',
      'bob@globex.com',
      'audit@globex.com',
    ]);
  });

  it('the reply starts addressed to the client', () => {
    loadOutlook();
    expect(adapter.compose(rootOf(reply())).recipients()).toEqual(['bob@globex.com']);
  });
});

describe('subject and Send', () => {
  it('reads the subject', () => {
    loadOutlook();
    const compose = newMessage();
    $<HTMLInputElement>('input[placeholder="Add a subject"]', compose).value = 'Launch';
    expect(adapter.compose(rootOf(compose)).subject()).toBe('Launch');
    expect(adapter.compose(rootOf(reply())).subject()).toBe('RE: Launch plan');
  });

  it('the Send control is the primary part of the split button only', () => {
    loadOutlook();
    const compose = newMessage();
    const root = rootOf(compose);
    const send = adapter.compose(root).sendControl()!;
    expect(send.matches('.fui-SplitButton__primaryActionButton[aria-label=Send][title="Send (Ctrl+Enter)"]')).toBe(
      true,
    );
    expect(adapter.sendControlAt(send)).toBe(send);
    expect(adapter.sendControlAt(send.querySelector('[data-icon-name]')!)).toBe(send); // the icon inside it
    expect(adapter.sendControlAt($('.fui-SplitButton__menuButton', compose))).toBeNull();
    expect(adapter.sendControlAt(button('Discard', compose))).toBeNull();
    expect(adapter.sendControlAt(button('New mail'))).toBeNull();
    expect(adapter.compose(root).pillAnchor()?.contains(send)).toBe(true);
  });

  it('the Schedule send dialog’s own Send is not a Send control', () => {
    loadOutlook();
    const compose = newMessage();
    $('.fui-SplitButton__menuButton', compose).click();
    $('[role=menuitem]').click();
    $$('[role=dialog] button')
      .find((b) => b.textContent === 'Custom time')!
      .click();
    const dialogSend = $$('[role=dialog] button').find((b) => b.textContent === 'Send')!;
    expect(adapter.sendControlAt(dialogSend)).toBeNull();
  });

  it('Ctrl/Cmd+Enter in a compose is the send shortcut; elsewhere, or with other keys, it is not', () => {
    loadOutlook();
    const compose = newMessage();
    const body = $('[aria-label="Message body"][contenteditable=true]', compose);
    const judge = (target: HTMLElement, key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean }) => {
      let seen: boolean | null = null;
      // Judged at the target, and kept from the site (which would send and close the compose).
      target.addEventListener(
        'keydown',
        (e) => {
          seen = adapter.isSendShortcut(e);
          e.stopPropagation();
        },
        { once: true },
      );
      keydown(target, key, modifiers);
      return seen;
    };
    expect(judge(body, 'Enter', { ctrlKey: true })).toBe(true);
    expect(judge(body, 'Enter', { metaKey: true })).toBe(true);
    expect(judge(field(compose, 'To'), 'Enter', { ctrlKey: true })).toBe(true);
    expect(judge(body, 'Enter', {})).toBe(false);
    expect(judge(body, 's', { ctrlKey: true })).toBe(false);
    expect(judge(button('New mail'), 'Enter', { ctrlKey: true })).toBe(false);
  });

  it('the site sends on a re-dispatched click and on Ctrl+Enter: Sent Items lists it, the compose closes', () => {
    const site = loadOutlook();
    const a = newMessage();
    type(field(a, 'To'), 'jane@acme.com', 'Enter');
    const send = adapter.compose(rootOf(a)).sendControl()!;
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(a.isConnected).toBe(false);
    const b = reply();
    keydown($('[aria-label^="Message body"][contenteditable=true]', b), 'Enter', { ctrlKey: true });
    expect(b.isConnected).toBe(false);
    expect(site.sent.map((m) => ({ kind: m.kind, to: m.to }))).toEqual([
      { kind: 'new', to: ['jane@acme.com'] },
      { kind: 'reply', to: ['bob@globex.com'] },
    ]);
    expect($('[role=region][aria-label="Sent Items"]').textContent).toContain('jane@acme.com');
  });
});

describe('the request being answered', () => {
  for (const query of ['', '?conversation=oldest-first']) {
    it(`is the client’s last message, not the user’s own later one (${query || 'newest on top'})`, () => {
      loadOutlook({ query });
      const request = adapter.compose(rootOf(reply())).request();
      expect(request?.from).toBe('bob@globex.com');
      expect(request?.text).toBe('URGENT: the website is down and we need the statement ASAP. Please reply tonight!');
      const at = Date.parse(request?.at ?? '');
      expect(Date.now() - at).toBeGreaterThan(39 * 60e3);
      expect(Date.now() - at).toBeLessThan(42 * 60e3);
    });
  }

  it('without the account address on the page, the sender the reply goes to stands in', () => {
    loadOutlook(); // the account manager's flyout (with the address) is closed
    $('[role=treeitem][title*="@"]').remove();
    const root = rootOf(reply());
    expect(adapter.compose(root).request()?.from).toBe('bob@globex.com');
    $('[data-selection-index]', root).remove(); // nobody to answer: no guess
    expect(adapter.compose(root).request()).toBeNull();
  });

  it('is none for a new message', () => {
    loadOutlook();
    expect(adapter.compose(rootOf(newMessage())).request()).toBeNull();
  });
});
