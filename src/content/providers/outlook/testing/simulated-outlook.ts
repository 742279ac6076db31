/**
 * Loads the simulated Outlook (e2e/sites/outlook/) into the test's happy-dom document, so the
 * adapter is tested on the same DOM the end-to-end tests and the demo use, driven the way a user
 * drives it: open composes, type, press keys, click.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Node's own URL handling: under happy-dom the global URL is the browser's.
const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../e2e/sites/outlook');
const HTML = readFileSync(path.join(SITE, 'inbox.html'), 'utf8');
const SCRIPT = readFileSync(path.join(SITE, 'outlook.js'), 'utf8');

export interface SiteRecord {
  id: string;
  kind: 'new' | 'reply';
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
  destroy(): void;
}

/** Where the simulated Outlook keeps a mailbox's Sent Items, Scheduled and Drafts (its "server"). */
export const STORE_PREFIX = 'red-cup-sim-outlook:';

interface SiteWindow {
  __site?: Site;
  __siteRows?: number;
  happyDOM: { setURL(url: string): void };
}

/**
 * A fresh simulated Outlook at `https://outlook.office.com/mail/<query>` (`?conversation=oldest-first`,
 * `?undosend=2`): the previous one is torn down and its stored lists emptied (a fresh browser
 * profile), unless `keep` asks for a reload of the same mailbox. `rows`: the message list's
 * length (the real page's 150 only where the test needs them: happy-dom builds them slowly).
 */
export function loadOutlook({
  query = '',
  rows = 10,
  keep = false,
}: { query?: string; rows?: number; keep?: boolean } = {}): Site {
  const win = window as unknown as SiteWindow;
  win.__site?.destroy();
  win.__site = undefined;
  if (!keep) {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORE_PREFIX)) localStorage.removeItem(key);
  }
  win.__siteRows = rows;
  win.happyDOM.setURL(`https://outlook.office.com/mail/${query}`);
  // The page's own <script>/<link> point at /_site/…: the script is run below instead.
  document.documentElement.innerHTML = HTML.replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '')
    .replace(/<script[^>]*><\/script>|<link[^>]*>/g, '');
  new Function(SCRIPT)();
  const site = win.__site;
  if (!site) throw new Error('the simulated Outlook did not start');
  return site;
}

export function $<E extends HTMLElement = HTMLElement>(selector: string, scope: ParentNode = document): E {
  const el = scope.querySelector<E>(selector);
  if (!el) throw new Error(`no ${selector} on the simulated page`);
  return el;
}

export function $$(selector: string, scope: ParentNode = document): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(selector));
}

export const button = (label: string, scope: ParentNode = document): HTMLElement =>
  $(`button[aria-label="${label}"]`, scope);

/** Clicks "New mail" and returns the new compose (the site's own `.compose` wrapper). */
export function newMessage(): HTMLElement {
  const before = new Set($$('.compose'));
  button('New mail').click();
  const created = $$('.compose').find((c) => !before.has(c));
  if (!created) throw new Error('New mail opened nothing');
  return created;
}

/** Clicks "Reply" in the reading pane and returns the inline compose. */
export function reply(): HTMLElement {
  button('Reply').click();
  return $('.conversation .compose');
}

/** A recipient field of a compose ("To", "Cc", "Bcc"). */
export const field = (compose: HTMLElement, label: 'To' | 'Cc' | 'Bcc'): HTMLElement =>
  $(`[contenteditable=true][aria-label="${label}"]`, compose);

export function keydown(
  el: Element,
  key: string,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {},
): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...modifiers });
  el.dispatchEvent(event);
  return event;
}

/** Types into a contenteditable recipient field (one text node, as typing leaves it), then optionally commits with a key. */
export function type(box: HTMLElement, text: string, commit?: 'Enter' | ';' | ','): void {
  const last = box.lastChild;
  if (last && last.nodeType === Node.TEXT_NODE) last.textContent = `${last.textContent ?? ''}${text}`;
  else box.append(text);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit) keydown(box, commit);
}

/** Leaves a field as focus moving elsewhere does. */
export function leave(box: HTMLElement): void {
  box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}
