/**
 * Loads the simulated Gmail (e2e/sites/gmail/) into the test's happy-dom document, so the
 * adapter is tested on the same DOM the end-to-end tests and the demo use, driven the way a
 * user drives it: open composes, type, press keys, click.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Node's own URL handling: under happy-dom the global URL is the browser's.
const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../e2e/sites/gmail');
const HTML = readFileSync(path.join(SITE, 'inbox.html'), 'utf8');
const SCRIPT = readFileSync(path.join(SITE, 'gmail.js'), 'utf8');

export interface SiteRecord {
  id: string;
  kind: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  time: string;
  at?: string;
}

export interface Site {
  sent: SiteRecord[];
  scheduled: SiteRecord[];
  drafts: SiteRecord[];
  /** Sent but held for Gmail's Undo Send period. */
  outbox: SiteRecord[];
  destroy(): void;
}

interface SiteWindow {
  __site?: Site;
  __siteRows?: number;
  happyDOM: { setURL(url: string): void };
}

/** Where the simulated Gmail keeps an account's Sent, Scheduled and Drafts (its "server"). */
export const STORE_PREFIX = 'red-cup-sim-gmail:';

/**
 * A fresh simulated Gmail at `https://mail.google.com/mail/u/0/<query>` (`?hl=de`, `?ui=old`,
 * `?view=cm&fs=1`): the previous one is torn down, the page rebuilt and its script run. Its
 * stored lists are emptied first (a fresh browser profile), unless `keep` asks for a reload of
 * the same account.
 */
export function loadGmail(query = '', { keep = false }: { keep?: boolean } = {}): Site {
  const win = window as unknown as SiteWindow;
  win.__site?.destroy();
  if (!keep) {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORE_PREFIX)) localStorage.removeItem(key);
  }
  win.__siteRows = 12; // a short inbox: the adapter never reads it, and happy-dom parses 150 rows slowly
  win.happyDOM.setURL(`https://mail.google.com/mail/u/0/${query}#inbox`);
  document.body.className = '';
  // The page's own <script>/<link> point at /_site/…: the script is run below instead.
  document.documentElement.innerHTML = HTML.replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '')
    .replace(/<script[^>]*><\/script>|<link[^>]*>/g, '');
  new Function(SCRIPT)();
  const site = win.__site;
  if (!site) throw new Error('the simulated Gmail did not start');
  return site;
}

export function $(selector: string, scope: ParentNode = document): HTMLElement {
  const el = scope.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector} on the simulated page`);
  return el;
}

export function $$(selector: string, scope: ParentNode = document): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(selector));
}

/** Types into a recipient box as a user (or a paste) does: the value, then an `input` event. */
export function typeText(box: HTMLElement, text: string): void {
  (box as HTMLInputElement).value += text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

export function press(
  el: Element,
  key: string,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {},
): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...modifiers });
  el.dispatchEvent(event);
  return event;
}

export function leave(box: HTMLElement): void {
  box.dispatchEvent(new FocusEvent('blur'));
}

/** Clicks Compose and returns the new pop-up's `[role=dialog]`. */
export function openCompose(): HTMLElement {
  const before = new Set($$('.dw [role=dialog]'));
  $('[gh=cm]').click();
  const created = $$('.dw [role=dialog]').find((dialog) => !before.has(dialog));
  if (!created) throw new Error('Compose opened nothing');
  return created;
}

/** The To typing box of a compose (either recipient UI). */
export function toBox(root: HTMLElement, field: 'to' | 'cc' | 'bcc' = 'to'): HTMLElement {
  return $(`[name=${field}] input[role=combobox], textarea[name=${field}]`, root);
}
