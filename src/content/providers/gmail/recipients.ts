/**
 * The recipients of a Gmail compose (research/gmail-dom.md "Recipients"): the chips of the
 * current UI, the hidden inputs of the old UI's chips, and the half-typed text in the typing
 * boxes — Gmail sends to typed addresses too, so the user expects them to count (gmail.js #719).
 */
import { CHIPS, OLD_CHIPS, OLD_TYPING_BOXES, TYPING_BOXES, fieldBox, fieldChips, oldFieldChips } from './selectors.ts';

/** Text typed but not yet a chip, one recipient per `,` or `;`-separated part. */
function typedParts(value: string): string[] {
  return value.split(/[,;]/).map((part) => part.trim());
}

/**
 * To, Cc and Bcc of the compose at `root`, as written: addresses from chips, `Name <address>`
 * from old-UI chips, typed text as typed; chips first, then typed text.
 */
export function readRecipients(root: HTMLElement): string[] {
  const found: string[] = [];
  const add = (text: string | null | undefined) => {
    const value = text?.trim() ?? '';
    if (value !== '') found.push(value);
  };
  for (const chip of Array.from(root.querySelectorAll(CHIPS))) add(chip.getAttribute('data-hovercard-id'));
  for (const hidden of Array.from(root.querySelectorAll<HTMLInputElement>(OLD_CHIPS))) add(hidden.value);
  for (const box of Array.from(
    root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`${TYPING_BOXES}, ${OLD_TYPING_BOXES}`),
  )) {
    for (const part of typedParts(box.value)) add(part);
  }
  return found;
}

export type RecipientField = 'to' | 'cc' | 'bcc';
export const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** One field's recipients as written, read the way `readRecipients` reads them all. */
function readField(root: HTMLElement, field: RecipientField): string[] {
  const found: string[] = [];
  const add = (text: string | null | undefined) => {
    const value = text?.trim() ?? '';
    if (value !== '') found.push(value);
  };
  for (const chip of Array.from(root.querySelectorAll(fieldChips(field)))) add(chip.getAttribute('data-hovercard-id'));
  for (const hidden of Array.from(root.querySelectorAll<HTMLInputElement>(oldFieldChips(field)))) add(hidden.value);
  for (const box of Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(fieldBox(field)))) {
    for (const part of typedParts(box.value)) add(part);
  }
  return found;
}

/** To, Cc and Bcc apart (what a local delivery restores into the same fields). */
export function readRecipientFields(root: HTMLElement): Record<RecipientField, string[]> {
  return { to: readField(root, 'to'), cc: readField(root, 'cc'), bcc: readField(root, 'bcc') };
}
