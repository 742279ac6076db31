/**
 * Discards a compose through Outlook's own Discard control, so its draft is deleted with it
 * (shared/discard.ts): used once a reply is safe in the local queue, and to take back a compose
 * the delivery opened but could not fill or send.
 */
import { discardWith, type Discardable, type DiscardProbes } from '../../shared/discard.ts';
import { press } from '../input-events.ts';
import { firstMatch } from '../query.ts';
import { ANY_BUTTON, DISCARD_BUTTON, DISCARD_ICON } from '../selectors.ts';
import { TIMINGS, type DeliveryTimings } from './timings.ts';

/** The Discard control of the compose at `root`: by its label, else by its icon. */
export function discardControlOf(root: HTMLElement): HTMLElement | null {
  return firstMatch(root, DISCARD_BUTTON) ?? root.querySelector(DISCARD_ICON)?.closest<HTMLElement>(ANY_BUTTON) ?? null;
}

const OUTLOOK_DISCARD: DiscardProbes = {
  controlOf: discardControlOf,
  press,
  says: {
    alreadyClosed: 'the compose is already closed',
    noControl: "Outlook's Discard button was not found in the compose",
    stayedOpen: 'the compose stayed open after Discard',
  },
};

export function discardCompose(
  compose: Discardable,
  timings: DeliveryTimings = TIMINGS,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return discardWith(compose, OUTLOOK_DISCARD, timings.closeMs);
}
