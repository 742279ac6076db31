/**
 * Discards a compose through Gmail's own "Discard draft" control (the trash icon), so its draft
 * is deleted with it: used when a reply is safe in the local queue, and to take back a compose
 * the delivery opened but could not fill.
 */
import { clickGesture } from '../../../dom/synthetic.ts';
import { waitFor } from '../../../dom/wait.ts';
import { BUTTON, DISCARD_BUTTON, DISCARD_LABEL } from '../selectors.ts';
import { plainLabel } from '../send-control.ts';
import { failure, messageOf, TIMINGS, type DeliveryTimings } from './timings.ts';

export interface Discardable {
  readonly root: HTMLElement;
  isOpen(): boolean;
}

/** The trash control of the compose at `root`: by Gmail's class, else by its translated label. */
export function discardControlOf(root: HTMLElement): HTMLElement | null {
  const classed = root.querySelector<HTMLElement>(DISCARD_BUTTON);
  if (classed) return classed;
  return (
    Array.from(root.querySelectorAll<HTMLElement>(BUTTON)).find((button) => DISCARD_LABEL.test(plainLabel(button))) ??
    null
  );
}

export async function discardCompose(
  compose: Discardable,
  timings: DeliveryTimings = TIMINGS,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    if (!compose.isOpen()) return failure('the compose window is already closed');
    const control = discardControlOf(compose.root);
    if (!control) return failure('Gmail\'s "Discard draft" control was not found');
    clickGesture(control);
    const gone = await waitFor(compose.root.ownerDocument, () => !compose.isOpen(), timings.closeMs);
    return gone ? { ok: true } : failure('the compose window stayed open after "Discard draft"');
  } catch (error) {
    return failure(`discarding stopped on an error: ${messageOf(error)}`);
  }
}
