/**
 * Recipients of an Outlook compose: resolved chips ("personas") and text typed but not resolved
 * yet — Outlook turns it into a chip only on Enter, `;`, `,` or leaving the field (research,
 * office-js #5603), and a Send can come before that.
 */
import { addressIn } from './address.ts';
import { CHIP, CHIP_ADDRESS_HOLDERS, RECIPIENT_FIELDS } from './selectors.ts';

/** A chip's address: from a title, then a label, of the chip or its address holders, else its text. */
export function chipAddress(chip: Element): string | null {
  const holders = [chip, ...CHIP_ADDRESS_HOLDERS.flatMap((selector) => [...chip.querySelectorAll(selector)])];
  for (const attribute of ['title', 'aria-label']) {
    for (const holder of holders) {
      const found = addressIn(holder.getAttribute(attribute));
      if (found) return found;
    }
  }
  return addressIn(chip.textContent);
}

/** The pieces of text in a field outside its chips, split on `;` and `,`, as written. */
export function pendingRecipients(field: Element): string[] {
  let text = '';
  let previous: Node | null = null;
  const walker = field.ownerDocument.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(CHIP)) continue;
    // Adjacent text nodes are one piece of typing; anything between them (a chip, a line) separates.
    text += (previous && previous.nextSibling !== node ? ' ' : '') + (node.textContent ?? '');
    previous = node;
  }
  return text
    .split(/[;,]/)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => piece !== '');
}

/** Every recipient of To, Cc and Bcc inside `root`: each field's chips, then its pending text. */
export function composeRecipients(root: Element): string[] {
  const out: string[] = [];
  for (const field of root.querySelectorAll(RECIPIENT_FIELDS)) {
    for (const chip of field.querySelectorAll(CHIP)) {
      const address = chipAddress(chip);
      if (address) out.push(address);
    }
    out.push(...pendingRecipients(field));
  }
  return out;
}

/** To, Cc and Bcc separately, by each field's label (German "An" is To). */
export function fieldRecipients(root: Element): { to: string[]; cc: string[]; bcc: string[] } {
  const out = { to: [] as string[], cc: [] as string[], bcc: [] as string[] };
  for (const field of root.querySelectorAll(RECIPIENT_FIELDS)) {
    const label = field.getAttribute('aria-label');
    const list = label === 'Cc' ? out.cc : label === 'Bcc' ? out.bcc : out.to;
    for (const chip of field.querySelectorAll(CHIP)) {
      const address = chipAddress(chip);
      if (address) list.push(address);
    }
    list.push(...pendingRecipients(field));
  }
  return out;
}
