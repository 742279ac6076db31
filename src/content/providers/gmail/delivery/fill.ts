/**
 * Fills a Gmail compose with a queued reply the way Gmail takes typing (research/gmail-dom.md):
 * values through the native setter with `input`/`change` events, recipients committed into
 * chips with Enter (and a blur for what is left), Cc/Bcc revealed with their links, the body
 * inserted as an edit. Every part is read back afterwards: a compose that does not hold exactly
 * the reply is a failure (the caller discards it), never something to send.
 */
import type { LocalReply } from '../../../../core/queue-types.ts';
import { normalizeRecipient } from '../../../../core/matching.ts';
import { clickGesture, pressKey, setFieldValue } from '../../../dom/synthetic.ts';
import { bodyOf } from '../body.ts';
import { readRecipientFields, RECIPIENT_FIELDS, type RecipientField } from '../recipients.ts';
import {
  OLD_CHIP,
  OLD_CHIP_REMOVE,
  REVEAL_LINK,
  SUBJECT_BOX,
  chipRemovers,
  fieldBox,
  oldFieldChips,
} from '../selectors.ts';
import { fillRichText } from '../../../dom/rich-text.ts';

type TextField = HTMLInputElement | HTMLTextAreaElement;

const FIELD_NAMES: Record<RecipientField, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };

/** True when `el` or an ancestor up to `root` is `display: none` (a Cc/Bcc row not revealed yet). */
function hiddenWithin(el: Element, root: HTMLElement): boolean {
  const view = root.ownerDocument.defaultView;
  for (let node: Element | null = el; node && node !== root.parentElement; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || view?.getComputedStyle(node).display === 'none')) return true;
  }
  return false;
}

/** `Jane <Jane@Acme.com>` → `jane@acme.com`, as the sets of recipients are compared. */
export function addressKey(text: string): string {
  return normalizeRecipient(text) ?? text.trim().toLowerCase();
}

export function sameAddresses(a: readonly string[], b: readonly string[]): boolean {
  const key = (list: readonly string[]) => [...new Set(list.map(addressKey))].sort().join('\n');
  return key(a) === key(b);
}

/** Removes what a field already holds (an inline reply starts with the sender as a chip). */
function clearField(root: HTMLElement, field: RecipientField, box: TextField | null): void {
  for (const remove of Array.from(root.querySelectorAll<HTMLElement>(chipRemovers(field)))) clickGesture(remove);
  for (const hidden of Array.from(root.querySelectorAll(oldFieldChips(field)))) {
    const remove = hidden.closest(OLD_CHIP)?.querySelector<HTMLElement>(OLD_CHIP_REMOVE);
    if (remove) clickGesture(remove);
  }
  if (box && box.value !== '') setFieldValue(box, '');
}

function fillField(root: HTMLElement, field: RecipientField, wanted: readonly string[]): string | null {
  let box = root.querySelector<TextField>(fieldBox(field));
  clearField(root, field, box);
  if (wanted.length === 0) return null;
  box = root.querySelector<TextField>(fieldBox(field));
  if (!box) return `the ${FIELD_NAMES[field]} field was not found`;
  if (field !== 'to' && hiddenWithin(box, root)) {
    const link = root.querySelector<HTMLElement>(REVEAL_LINK[field]);
    if (!link) return `the link that shows the ${FIELD_NAMES[field]} field was not found`;
    clickGesture(link);
  }
  for (const recipient of wanted) {
    box.focus();
    if (!setFieldValue(box, recipient)) return `the ${FIELD_NAMES[field]} field did not take one of the recipients`;
    pressKey(box, 'Enter');
  }
  // Gmail turns what is left into a chip when the field loses the focus.
  if (box.value.trim() !== '') box.dispatchEvent(new FocusEvent('blur'));
  box.blur();
  return null;
}

/** The reply's HTML in the body editor (Gmail keeps its draft in step with an edit). */
function fillBody(root: HTMLElement, html: string): string | null {
  const body = bodyOf(root);
  return body ? fillRichText(body, html) : 'the message body was not found';
}

/** Fills `root` with the reply; null when it holds exactly the reply, else why not. */
export function fillCompose(
  root: HTMLElement,
  subject: string,
  reply: LocalReply,
  options: { setSubject: boolean },
): string | null {
  for (const field of RECIPIENT_FIELDS) {
    const problem = fillField(root, field, reply[field]);
    if (problem) return problem;
  }
  const held = readRecipientFields(root);
  for (const field of RECIPIENT_FIELDS) {
    if (!sameAddresses(held[field], reply[field])) {
      return `the ${FIELD_NAMES[field]} field differs from the reply's (${held[field].length} recipients instead of ${reply[field].length})`;
    }
  }
  if (options.setSubject) {
    const box = root.querySelector<HTMLInputElement>(SUBJECT_BOX);
    if (!box) return 'the subject box was not found';
    if (!setFieldValue(box, subject)) return 'the subject box did not take the subject';
  }
  return fillBody(root, reply.html);
}
