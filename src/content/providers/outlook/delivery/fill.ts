/**
 * Fills an Outlook compose with a queued reply the way Outlook takes typing (research "Fields"):
 * each recipient typed into its contenteditable field and committed with `;` (Outlook resolves
 * typed text into a chip on `;` or when the field loses focus), Cc/Bcc revealed first, the
 * subject through the native value setter with `input`/`change`, the body inserted as an edit.
 * Every part is read back afterwards: a compose that does not hold exactly the reply is a
 * failure (the caller discards it), never something to send.
 */
import type { LocalReply } from '../../../../core/queue-types.ts';
import { waitFor } from '../../../dom/wait.ts';
import { pressKey, setFieldValue } from '../../../dom/synthetic.ts';
import { press } from '../input-events.ts';
import { byText, firstMatch } from '../query.ts';
import { chipAddress, fieldRecipients } from '../recipients.ts';
import { ANY_BUTTON, BODY_EDITOR, CHIP, CHIP_REMOVE, REVEAL_TEXT, SUBJECT, recipientField } from '../selectors.ts';
import { sameAddresses } from './addresses.ts';
import { fillRichText } from '../../../dom/rich-text.ts';

type Field = 'to' | 'cc' | 'bcc';
const FIELDS: readonly Field[] = ['to', 'cc', 'bcc'];
const FIELD_NAMES: Record<Field, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };

/** True when `el` or an ancestor up to `root` is hidden (a Cc/Bcc row not revealed yet). */
function hiddenWithin(el: Element, root: HTMLElement): boolean {
  const view = root.ownerDocument.defaultView;
  for (let node: Element | null = el; node && node !== root.parentElement; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || view?.getComputedStyle(node).display === 'none')) return true;
  }
  return false;
}

/** Puts the caret at the end of `editor` and inserts `text` as typing does, else as a text node. */
function typeAtEnd(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  editor.focus();
  const selection = doc.defaultView?.getSelection();
  let typed = false;
  if (selection && typeof doc.execCommand === 'function') {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      typed = doc.execCommand('insertText', false, text);
    } catch {
      typed = false;
    }
  }
  if (!typed) {
    editor.append(doc.createTextNode(text));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/** A key as the user presses it: when nothing takes the keydown, the character is typed. */
function typeKey(editor: HTMLElement, key: string): void {
  pressKey(editor, key, (notTaken) => {
    if (notTaken) typeAtEnd(editor, key);
  });
}

/** Leaves a field as moving the focus elsewhere does (Outlook resolves what is left). */
function leave(editor: HTMLElement): void {
  let left = false;
  const mark = () => {
    left = true;
  };
  editor.addEventListener('focusout', mark);
  editor.blur();
  editor.removeEventListener('focusout', mark);
  if (!left) editor.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** Empties a field: its chips through their remove buttons, its typed text removed. */
function clearField(editor: HTMLElement): void {
  for (const remove of Array.from(editor.querySelectorAll<HTMLElement>(CHIP_REMOVE))) press(remove);
  for (const node of Array.from(editor.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') node.remove();
  }
}

async function fillField(
  root: HTMLElement,
  field: Field,
  wanted: readonly string[],
  stepMs: number,
): Promise<string | null> {
  const doc = root.ownerDocument;
  let editor = root.querySelector<HTMLElement>(recipientField(field));
  if (editor) clearField(editor);
  if (wanted.length === 0) return null;
  if (!editor) return `the ${FIELD_NAMES[field]} field was not found`;
  if (field !== 'to' && hiddenWithin(editor, root)) {
    const reveal = byText(root, [ANY_BUTTON], REVEAL_TEXT[field]);
    if (!reveal) return `the button that shows the ${FIELD_NAMES[field]} field was not found`;
    press(reveal);
    editor = await waitFor(
      doc,
      () => {
        const now = root.querySelector<HTMLElement>(recipientField(field));
        return now && !hiddenWithin(now, root) ? now : null;
      },
      stepMs,
    );
    if (!editor) return `the ${FIELD_NAMES[field]} field did not appear`;
  }
  for (const recipient of wanted) {
    typeAtEnd(editor, recipient);
    typeKey(editor, ';');
  }
  leave(editor);
  return null;
}

/** The chips of a field that hold no readable address: Outlook keeps some addresses out of the DOM. */
function unreadableChips(root: HTMLElement, field: Field): number {
  const editor = root.querySelector(recipientField(field));
  return editor ? Array.from(editor.querySelectorAll(CHIP)).filter((chip) => chipAddress(chip) === null).length : 0;
}

/** The reply's HTML in the body editor (Outlook keeps its draft in step with an edit). */
function fillBody(root: HTMLElement, html: string): string | null {
  const body = root.querySelector<HTMLElement>(BODY_EDITOR);
  return body ? fillRichText(body, html) : 'the message body was not found';
}

/** Sets the subject box as typing would: the prototype's own value setter, then `input` and `change`. */
function fillSubject(root: HTMLElement, subject: string): string | null {
  const box = firstMatch<HTMLInputElement>(root, SUBJECT);
  if (!box) return 'the subject box was not found';
  return setFieldValue(box, subject) ? null : 'the subject box did not take the subject';
}

/** Fills `root` with the reply; null when it holds exactly the reply, else why not. */
export async function fillCompose(
  root: HTMLElement,
  subject: string,
  reply: LocalReply,
  stepMs: number,
): Promise<string | null> {
  for (const field of FIELDS) {
    const problem = await fillField(root, field, reply[field], stepMs);
    if (problem) return problem;
  }
  const held = fieldRecipients(root);
  for (const field of FIELDS) {
    if (unreadableChips(root, field) > 0 || !sameAddresses(held[field], reply[field])) {
      return `the ${FIELD_NAMES[field]} field differs from the reply's (${held[field].length} recipients instead of ${reply[field].length})`;
    }
  }
  return fillSubject(root, subject) ?? fillBody(root, reply.html);
}
