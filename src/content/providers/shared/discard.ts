/**
 * Discarding a compose through the provider's own Discard control, so its draft is deleted with
 * it: used once a reply is safe in the local queue, and to take back a compose the delivery
 * opened but could not fill or send. The provider supplies its control and its words.
 */
import { waitFor } from '../../dom/wait.ts';
import { failure, messageOf } from './results.ts';

export interface Discardable {
  readonly root: HTMLElement;
  isOpen(): boolean;
}

export interface DiscardProbes {
  /** The compose's Discard control, or null. */
  controlOf(root: HTMLElement): HTMLElement | null;
  /** Presses it the way the provider accepts. */
  press(control: HTMLElement): void;
  /** The reasons of the three failures, in the provider's words. */
  readonly says: { alreadyClosed: string; noControl: string; stayedOpen: string };
}

export async function discardWith(
  compose: Discardable,
  probes: DiscardProbes,
  closeMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    if (!compose.isOpen()) return failure(probes.says.alreadyClosed);
    const control = probes.controlOf(compose.root);
    if (!control) return failure(probes.says.noControl);
    probes.press(control);
    const gone = await waitFor(compose.root.ownerDocument, () => !compose.isOpen(), closeMs);
    return gone ? { ok: true } : failure(probes.says.stayedOpen);
  } catch (error) {
    return failure(`discarding stopped on an error: ${messageOf(error)}`);
  }
}
