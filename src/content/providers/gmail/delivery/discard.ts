/**
 * Discards a compose through Gmail's own "Discard draft" control (the trash icon), so its draft
 * is deleted with it (shared/discard.ts): used when a reply is safe in the local queue, and to
 * take back a compose the delivery opened but could not fill.
 */
import { clickGesture } from '../../../dom/synthetic.ts';
import { discardWith, type Discardable, type DiscardProbes } from '../../shared/discard.ts';
import { BUTTON, DISCARD_BUTTON, DISCARD_LABEL } from '../selectors.ts';
import { plainLabel } from '../send-control.ts';
import { TIMINGS, type DeliveryTimings } from './timings.ts';

/** The trash control of the compose at `root`: by Gmail's class, else by its translated label. */
export function discardControlOf(root: HTMLElement): HTMLElement | null {
  const classed = root.querySelector<HTMLElement>(DISCARD_BUTTON);
  if (classed) return classed;
  return (
    Array.from(root.querySelectorAll<HTMLElement>(BUTTON)).find((button) => DISCARD_LABEL.test(plainLabel(button))) ??
    null
  );
}

const GMAIL_DISCARD: DiscardProbes = {
  controlOf: discardControlOf,
  press: clickGesture,
  says: {
    alreadyClosed: 'the compose window is already closed',
    noControl: 'Gmail\'s "Discard draft" control was not found',
    stayedOpen: 'the compose window stayed open after "Discard draft"',
  },
};

export function discardCompose(
  compose: Discardable,
  timings: DeliveryTimings = TIMINGS,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return discardWith(compose, GMAIL_DISCARD, timings.closeMs);
}
