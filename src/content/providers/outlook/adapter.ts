/**
 * The Outlook on the web adapter (DESIGN §4 "Provider adapters"): new messages and replies in
 * the reading pane, their recipients (chips and text not resolved yet), subject, the message
 * being answered, the Send split button and Outlook's own Schedule send. Selectors: selectors.ts.
 */
import type { ProviderAdapter } from '../adapter.ts';
import { OutlookCompose } from './compose.ts';
import { BODY_EDITOR, PAGE_MARKERS, SEND_BUTTON, THREAD_MESSAGE } from './selectors.ts';

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The compose root: the nearest ancestor of the body editor that also holds the Send button (research). */
function rootOfEditor(editor: Element): HTMLElement | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (el.querySelector(SEND_BUTTON)) return el;
  }
  return null;
}

function findRoots(doc: Document): HTMLElement[] {
  const roots: HTMLElement[] = [];
  for (const editor of doc.querySelectorAll(BODY_EDITOR)) {
    const root = rootOfEditor(editor);
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots;
}

export const outlookAdapter: ProviderAdapter = {
  name: 'outlook',

  recognisesPage(doc) {
    return safely(() => doc.querySelector(PAGE_MARKERS) !== null || doc.querySelector(BODY_EDITOR) !== null, false);
  },

  findComposeRoots(doc) {
    return safely(() => findRoots(doc), []);
  },

  composeRootOf(node) {
    return safely(() => findRoots(node.ownerDocument).find((root) => root.contains(node)) ?? null, null);
  },

  compose(root) {
    // A reply sits in the reading pane under the conversation it answers.
    const kind = root.parentElement?.querySelector(THREAD_MESSAGE) ? 'inline' : 'new';
    return new OutlookCompose(root, kind);
  },

  isSendControl(el) {
    return safely(() => {
      const button = el.closest(SEND_BUTTON);
      return button !== null && rootOfEditorFor(button) !== null;
    }, false);
  },

  isSendShortcut(event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) return false;
    return safely(() => {
      const target = event.composedPath()[0] ?? event.target;
      return target instanceof Element && findRoots(target.ownerDocument).some((root) => root.contains(target));
    }, false);
  },
};

/** The compose a Send button belongs to (the root holding a body editor and that button). */
function rootOfEditorFor(button: Element): HTMLElement | null {
  return findRoots(button.ownerDocument).find((root) => root.contains(button)) ?? null;
}
