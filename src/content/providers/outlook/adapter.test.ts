// @vitest-environment happy-dom
/**
 * The Outlook adapter on the simulated Outlook (e2e/sites/outlook/), the same DOM the end-to-end
 * tests and the demo use, driven as a user drives it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { outlookAdapter } from './adapter.ts';
import { pickerValues } from './schedule.ts';

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../e2e/sites/outlook');
const HTML = readFileSync(path.join(SITE, 'inbox.html'), 'utf8');
const SCRIPT = readFileSync(path.join(SITE, 'outlook.js'), 'utf8');

function load(): void {
  document.documentElement.innerHTML = HTML.replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '')
    .replace(/<script[^>]*><\/script>|<link[^>]*>/g, '');
  new Function(SCRIPT)();
}

const button = (name: string) => document.querySelector<HTMLElement>(`button[aria-label="${name}"]`)!;

function type(field: HTMLElement, text: string, commit?: string): void {
  field.append(text);
  if (commit) field.dispatchEvent(new KeyboardEvent('keydown', { key: commit, bubbles: true }));
}

function newMessage(): HTMLElement {
  button('New mail').click();
  const roots = outlookAdapter.findComposeRoots(document);
  return roots[roots.length - 1]!;
}

beforeEach(load);

describe('the Outlook adapter on the simulated page', () => {
  it('recognises the mailbox, and no page without it', () => {
    expect(outlookAdapter.recognisesPage(document)).toBe(true);
    document.body.innerHTML = '<p>Sign in</p>';
    expect(outlookAdapter.recognisesPage(document)).toBe(false);
    expect(outlookAdapter.findComposeRoots(document)).toEqual([]);
  });

  it('finds each compose once: a new message and a reply at the same time', () => {
    expect(outlookAdapter.findComposeRoots(document)).toEqual([]);
    const first = newMessage();
    button('Reply').click();
    const roots = outlookAdapter.findComposeRoots(document);
    expect(roots).toHaveLength(2);
    expect(roots).toContain(first);
    expect(roots.map((r) => outlookAdapter.compose(r).kind).sort()).toEqual(['inline', 'new']);
  });

  it('reads chips (address only in a title) and text not resolved yet', () => {
    const root = newMessage();
    const to = root.querySelector<HTMLElement>('[aria-label=To]')!;
    type(to, 'bob@globex.com', 'Enter');
    type(to, 'Jane Doe <jane@acme.com>', ';');
    type(to, 'sam@initech.com; pat@initech.com');
    expect(to.querySelectorAll('[data-selection-index]')).toHaveLength(2);
    expect(to.querySelector('[data-selection-index]')?.textContent).toContain('Bob Stone'); // the name shows, not the address
    expect(outlookAdapter.compose(root).recipients()).toEqual(['bob@globex.com', 'jane@acme.com', 'sam@initech.com', 'pat@initech.com']);
  });

  it('reads the subject and finds the Send control, not the menu beside it', () => {
    const root = newMessage();
    const subject = root.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!;
    subject.value = 'Launch';
    const compose = outlookAdapter.compose(root);
    expect(compose.subject()).toBe('Launch');
    const send = compose.sendControl()!;
    expect(send.textContent).toBe('Send');
    expect(outlookAdapter.isSendControl(send)).toBe(true);
    expect(outlookAdapter.isSendControl(root.querySelector('.fui-SplitButton__menuButton')!)).toBe(false);
    expect(outlookAdapter.isSendControl(button('New mail'))).toBe(false);
    expect(outlookAdapter.composeRootOf(send)).toBe(root);
  });

  it('the request of a reply is the client’s last message, not the user’s own', () => {
    button('Reply').click();
    const root = outlookAdapter.findComposeRoots(document)[0]!;
    const request = outlookAdapter.compose(root).request();
    expect(request?.from).toBe('bob@globex.com');
    expect(request?.text).toContain('the website is down');
    expect(Date.parse(request?.at ?? '')).toBeLessThan(Date.now());
    expect(outlookAdapter.compose(newMessage()).request()).toBeNull();
  });

  it('Ctrl/Cmd+Enter in a compose is the send shortcut; elsewhere it is not', () => {
    const root = newMessage();
    const body = root.querySelector<HTMLElement>('[aria-label^="Message body"]')!;
    const press = (target: HTMLElement, init: KeyboardEventInit) => {
      let seen: boolean | null = null;
      // Judged at the target, and kept from the site (which would send and close the compose).
      target.addEventListener(
        'keydown',
        (e) => {
          seen = outlookAdapter.isSendShortcut(e);
          e.stopPropagation();
        },
        { once: true },
      );
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init }));
      return seen;
    };
    expect(press(body, { ctrlKey: true })).toBe(true);
    expect(press(body, { metaKey: true })).toBe(true);
    expect(press(body, {})).toBe(false);
    expect(press(button('New mail'), { ctrlKey: true })).toBe(false);
  });
});

describe('pickerValues', () => {
  it('writes the instant in the device zone, rounded up to the minute', () => {
    const at = new Date(2026, 10, 24, 8, 0, 30); // local time
    expect(pickerValues(at.toISOString())).toEqual({ date: '11/24/2026', time: '8:01 AM' });
    expect(pickerValues(new Date(2026, 0, 5, 12, 5).toISOString())).toEqual({ date: '1/5/2026', time: '12:05 PM' });
    expect(pickerValues(new Date(2026, 0, 5, 0, 0).toISOString())).toEqual({ date: '1/5/2026', time: '12:00 AM' });
    expect(pickerValues('not a time')).toBeNull();
  });
});
