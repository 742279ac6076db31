/** The steps of opening a compose for a local delivery that both providers take alike. */
import { waitFor } from '../../dom/wait.ts';

/**
 * Presses `control` (the provider's way) and waits, at most `stepMs`, for a compose root that
 * was not there before (`roots`: the provider's compose roots) and that `accept`s.
 */
export async function pressForCompose(
  doc: Document,
  control: HTMLElement,
  how: { roots(doc: Document): HTMLElement[]; press(control: HTMLElement): void; stepMs: number },
  accept: (root: HTMLElement) => boolean,
): Promise<HTMLElement | null> {
  const before = new Set(how.roots(doc));
  how.press(control);
  return waitFor(doc, () => how.roots(doc).find((root) => !before.has(root) && accept(root)), how.stepMs);
}
