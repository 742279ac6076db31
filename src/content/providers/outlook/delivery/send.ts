/**
 * Sending a compose the delivery filled, and knowing it went (DESIGN §5.4). Send is pressed with
 * an untrusted gesture (Red Cup's own guard lets it through). Outlook says nothing after Send
 * (research/sent-signals.md §4), and with "Undo send" on, a closed compose has not left yet (a
 * tab closed then leaves it in Drafts): the message is confirmed only by its row in Sent Items,
 * opened in this tab once the compose is gone and watched until the row comes. Anything else
 * after the press is `unknown`, never `not-sent`: the worker must not send again blindly. The
 * protocol is shared/send-and-confirm.ts; here are only Outlook's probes.
 */
import type { FilledCompose } from '../../adapter.ts';
import { waitFor } from '../../../dom/wait.ts';
import { confirmingCompose, type SendProbes } from '../../shared/send-and-confirm.ts';
import type { OutlookCompose } from '../compose.ts';
import { press } from '../input-events.ts';
import { ALERT } from '../selectors.ts';
import { discardCompose } from './discard.ts';
import { sentIn, withSentItems } from './lists.ts';
import type { DeliveryTimings } from './timings.ts';

/** Outlook's refusal in the compose ("This message must have at least one valid recipient."), or null. */
function refusalIn(root: HTMLElement): string | null {
  for (const alert of Array.from(root.querySelectorAll(ALERT))) {
    const text = (alert.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/** Outlook's part in send-and-confirm (shared/send-and-confirm.ts) for one filled compose. */
function outlookProbes(compose: OutlookCompose, timings: DeliveryTimings): SendProbes<string> {
  const { root } = compose;
  const doc = root.ownerDocument;
  return {
    provider: 'Outlook',
    composeNoun: 'compose',
    press,
    refusal: () => refusalIn(root),
    refusalText: (text) => text,
    discard: () => discardCompose(compose, timings),
    // No notice (OUTLOOK_CONFIRMS.sentNotice is false): the row in Sent Items, watched until the deadline.
    async lookInSent(query, deadline) {
      const listed = await withSentItems(
        doc,
        timings,
        async (rows) =>
          (await waitFor(doc, () => sentIn(rows() ?? [], query) === 'yes', Math.max(0, deadline - Date.now()))) ===
          true,
      );
      return listed === null ? 'unknown' : listed ? 'yes' : 'no';
    },
    // Stay while "Undo send" may still hold the message, so the tab is not closed under it.
    holdMs: timings.undoMs,
    unconfirmed: {
      notInSent: (timeoutMs) =>
        `Outlook closed the compose, but the message did not appear in Sent Items within ${Math.round(timeoutMs / 1000)} s`,
      sentUnreadable: 'Outlook closed the compose, but its Sent Items could not be opened in this tab',
    },
  };
}

/** The compose the delivery filled, for `subject` to `recipients` (normalised addresses). */
export function filledOutlookCompose(
  compose: OutlookCompose,
  subject: string,
  recipients: readonly string[],
  timings: DeliveryTimings,
): FilledCompose {
  return confirmingCompose(compose, { subject, recipients }, outlookProbes(compose, timings));
}
