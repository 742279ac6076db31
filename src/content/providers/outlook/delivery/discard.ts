/**
 * Discards a compose through Outlook's own Discard control, so its draft is deleted with it:
 * used once a reply is safe in the local queue, and to take back a compose the delivery opened
 * but could not fill or send.
 */
import { waitFor } from '../../../dom/wait.ts';
import { press } from '../input-events.ts';
import { firstMatch } from '../query.ts';
import { ANY_BUTTON, DISCARD_BUTTON, DISCARD_ICON } from '../selectors.ts';
import { failure, messageOf, TIMINGS, type DeliveryTimings } from './timings.ts';

export interface Discardable {
  readonly root: HTMLElement;
  isOpen(): boolean;
}

/** The Discard control of the compose at `root`: by its label, else by its icon. */
export function discardControlOf(root: HTMLElement): HTMLElement | null {
  return firstMatch(root, DISCARD_BUTTON) ?? root.querySelector(DISCARD_ICON)?.closest<HTMLElement>(ANY_BUTTON) ?? null;
}

export async function discardCompose(
  compose: Discardable,
  timings: DeliveryTimings = TIMINGS,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    if (!compose.isOpen()) return failure('the compose is already closed');
    const control = discardControlOf(compose.root);
    if (!control) return failure("Outlook's Discard button was not found in the compose");
    press(control);
    const gone = await waitFor(compose.root.ownerDocument, () => !compose.isOpen(), timings.closeMs);
    return gone ? { ok: true } : failure('the compose stayed open after Discard');
  } catch (error) {
    return failure(`discarding stopped on an error: ${messageOf(error)}`);
  }
}
