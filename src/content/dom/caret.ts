/**
 * The caret in a compose's body, read before Red Cup's pill or menu takes the focus: a statement
 * goes where the user was typing (dom/insert-text.ts). Its own file: the pill reads it at
 * start-up, the insertion code is loaded later.
 */

/** The selection's range when it is inside `editor`; null when the caret is elsewhere (or nowhere). */
export function caretIn(editor: HTMLElement | null): Range | null {
  if (!editor) return null;
  const selection = editor.ownerDocument.defaultView?.getSelection() ?? null;
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) && editor.contains(range.endContainer) ? range.cloneRange() : null;
}
