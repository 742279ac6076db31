/** A compose's subject: the subject box, or the hidden subject an inline reply carries instead. */
import { SUBJECT_BOX, SUBJECT_HIDDEN } from './selectors.ts';

export function subjectOf(root: HTMLElement): string {
  const box = root.querySelector<HTMLInputElement>(SUBJECT_BOX);
  if (box) return box.value;
  return root.querySelector<HTMLInputElement>(SUBJECT_HIDDEN)?.value ?? '';
}
