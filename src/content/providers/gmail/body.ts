/** A compose's body: Gmail's editable (research "Subject and body"; never the hidden plain-text twin). */
import { BODY } from './selectors.ts';

export function bodyOf(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(BODY);
}

export function bodyHtmlOf(root: HTMLElement): string {
  return bodyOf(root)?.innerHTML ?? '';
}
