/**
 * Puts plain text into a compose's body editor the way typing does (issue 15): through the
 * browser's own `insertText` editing command on the focused contenteditable, which the
 * providers' editors take as a user's edit (their draft is saved, their Undo removes it) —
 * see docs/providers.md "Inserting text into the body".
 *
 * Only ever text: the statement is never parsed as HTML (a `<b>` in a client's name stays the
 * four characters it is), and its line breaks become the editor's own — the command turns each
 * "\n" into what Enter makes there.
 *
 * Where: at the caret when the caret (or a selection, which is replaced, as typing would) is in
 * the body; else at the start of the body, so in a reply it lands above the quoted message.
 */

/**
 * The text as it is inserted: line breaks as "\n" (from "\r\n" and "\r" too), no control
 * characters (the editor would show them as boxes, or a bidi override would turn the rest of
 * the mail around), no spaces at line ends, no blank lines before or after.
 */
export function textToInsert(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings/overrides/isolates.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/^\n+|\n+$/g, '')
  );
}

/** Where the text goes: `saved` (the caret when the user opened the menu) if still in the body, else its start. */
function insertionPoint(editor: HTMLElement, saved: Range | null): Range {
  if (saved && editor.contains(saved.startContainer) && editor.contains(saved.endContainer)) return saved;
  const start = editor.ownerDocument.createRange();
  start.setStart(editor, 0);
  start.collapse(true);
  return start;
}

export type InsertHow = 'editor' | 'dom';

/**
 * Inserts `text` (already passed through textToInsert) into `editor`. `saved` is the caret the
 * user had in the body before Red Cup's menu took the focus. Answers how: `editor` through the
 * editing command (undoable), `dom` when the browser refused the command (text nodes and line
 * breaks put in directly, then an `input` event so the provider notices the change).
 */
export function insertPlainText(editor: HTMLElement, text: string, saved: Range | null): InsertHow {
  const doc = editor.ownerDocument;
  const range = insertionPoint(editor, saved);
  editor.focus({ preventScroll: true });
  const selection = doc.defaultView?.getSelection() ?? null;
  selection?.removeAllRanges();
  selection?.addRange(range);
  // execCommand is deprecated but is still the one way to make an edit the editor's own undo sees.
  const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (done) return 'editor';
  insertNodes(editor, range, text);
  return 'dom';
}

function insertNodes(editor: HTMLElement, range: Range, text: string): void {
  const doc = editor.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line !== '') fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const selection = doc.defaultView?.getSelection() ?? null;
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
