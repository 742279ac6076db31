/**
 * Compose roots (research: "the nearest ancestor that contains both the body editor and the Send
 * button"). A root holds exactly one body editor: when the Send control of a compose cannot be
 * found, climbing on would reach a container of several composes, and that is no compose root.
 */
import { firstMatch } from './query.ts';
import { BODY_EDITOR, SEND_BUTTON } from './selectors.ts';

/** The compose root of a body editor, or null when no ancestor holds it with a Send control alone. */
export function rootOfEditor(editor: Element): HTMLElement | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (firstMatch(el, SEND_BUTTON)) return el.querySelectorAll(BODY_EDITOR).length === 1 ? el : null;
  }
  return null;
}

/** Every compose root in `doc`, in document order (outer before inner; one editor each, so never nested). */
export function findRoots(doc: Document): HTMLElement[] {
  const roots: HTMLElement[] = [];
  for (const editor of doc.querySelectorAll(BODY_EDITOR)) {
    const root = rootOfEditor(editor);
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots;
}

/**
 * The compose root `node` is in: climbing from `node`, the first ancestor that holds a body
 * editor decides — one editor whose root contains `node`, or none.
 */
export function rootContaining(node: Element): HTMLElement | null {
  for (let el: Element | null = node; el; el = el.parentElement) {
    const inside = el.querySelectorAll(BODY_EDITOR);
    if (inside.length > 1) return null;
    const editor = el.matches(BODY_EDITOR) ? el : inside[0];
    if (!editor) continue;
    const root = rootOfEditor(editor);
    return root?.contains(node) ? root : null;
  }
  return null;
}
