/**
 * Gmail's compose roots (research/gmail-dom.md "Compose roots"): the `[role=dialog]` of a
 * pop-up or full-screen compose, the `.M9` of an inline reply, the `[role=main]` child of a
 * pop-out window. Every compose has a form with the To field; the roots are found from those
 * forms (a handful per page) rather than by scanning the whole document.
 */
import type { ComposeKind } from '../adapter.ts';
import {
  COMPOSE_FORM_MARKS,
  DIALOG,
  FULLSCREEN_CONTAINER,
  INLINE_AREA,
  INLINE_ROOT,
  STANDALONE_BODY_CLASSES,
  STANDALONE_MAIN,
  TO_FIELD,
} from './selectors.ts';

/** The pop-out compose window (its own browser window, with the compose alone in it). */
export function isStandalone(doc: Document): boolean {
  const body = doc.body;
  return body !== null && STANDALONE_BODY_CLASSES.every((name) => body.classList.contains(name));
}

function isComposeForm(form: Element): boolean {
  return form.querySelector(TO_FIELD) !== null && form.querySelector(COMPOSE_FORM_MARKS) !== null;
}

/** The child of `ancestor` that holds `node`. */
function childHolding(ancestor: Element, node: Element): HTMLElement | null {
  let child: Element | null = node;
  while (child && child.parentElement !== ancestor) child = child.parentElement;
  return child instanceof HTMLElement ? child : null;
}

/** The root of the compose a compose form belongs to, or null for a layout we do not know. */
function rootOfForm(form: Element): HTMLElement | null {
  // An inline compose is not a dialog, and a thread can sit inside one (a dialog-style view):
  // the nearest .M9 in a reply area wins.
  const inline = form.closest<HTMLElement>(INLINE_ROOT);
  if (inline?.closest(INLINE_AREA)) return inline;
  const dialog = form.closest<HTMLElement>(DIALOG);
  if (dialog) return dialog;
  if (isStandalone(form.ownerDocument)) {
    const main = form.closest(STANDALONE_MAIN);
    if (main) return childHolding(main, form);
  }
  return null;
}

/** Every compose root in `doc`, each once, in document order (outermost first). */
export function findComposeRoots(doc: Document): HTMLElement[] {
  const roots: HTMLElement[] = [];
  for (const form of Array.from(doc.getElementsByTagName('form'))) {
    if (!isComposeForm(form)) continue;
    const root = rootOfForm(form);
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
}

/** True when `el` is a compose root: one of the kinds above with a compose form of its own. */
function isComposeRoot(el: Element): boolean {
  const candidate =
    el.matches(DIALOG) ||
    el.matches(INLINE_ROOT) ||
    (el.parentElement?.matches(STANDALONE_MAIN) === true && isStandalone(el.ownerDocument));
  if (!candidate) return false;
  for (const form of Array.from(el.getElementsByTagName('form'))) {
    if (isComposeForm(form) && rootOfForm(form) === el) return true;
  }
  return false;
}

/** The compose root `node` is in (the same element `findComposeRoots` lists), or null. */
export function composeRootOf(node: Element): HTMLElement | null {
  for (let el: Element | null = node; el; el = el.parentElement) {
    if (el instanceof HTMLElement && isComposeRoot(el)) return el;
  }
  return null;
}

/** Which kind of compose a root is, read from where it sits now (a pop-up can go full screen). */
export function kindOf(root: HTMLElement): ComposeKind {
  if (root.matches(INLINE_ROOT) && root.closest(INLINE_AREA)) return 'inline';
  if (root.closest(FULLSCREEN_CONTAINER)) return 'fullscreen';
  if (isStandalone(root.ownerDocument)) return 'popout';
  return 'popup';
}

/** False once Gmail removed the compose, or emptied it (Gmail keeps a closed full-screen compose's shell). */
export function isComposeOpen(root: HTMLElement): boolean {
  return root.isConnected && isComposeRoot(root);
}
