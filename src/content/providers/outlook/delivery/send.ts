/**
 * Sending a compose the delivery filled, and knowing it went (DESIGN §5.4). Send is pressed with
 * an untrusted gesture (Red Cup's own guard lets it through). Outlook says nothing after Send
 * (research/sent-signals.md §4), and with "Undo send" on, a closed compose has not left yet (a
 * tab closed then leaves it in Drafts): the message is confirmed only by its row in Sent Items,
 * opened in this tab once the compose is gone and watched until the row comes. Anything else
 * after the press is `unknown`, never `not-sent`: the worker must not send again blindly.
 */
import type { DeliveryReport } from '../../../../messaging/tab-protocol.ts';
import type { FilledCompose } from '../../adapter.ts';
import { waitFor } from '../../../dom/wait.ts';
import type { OutlookCompose } from '../compose.ts';
import { press } from '../input-events.ts';
import { ALERT } from '../selectors.ts';
import { discardCompose } from './discard.ts';
import { sentIn, withSentItems } from './lists.ts';
import { messageOf, type DeliveryTimings } from './timings.ts';

/** Outlook's refusal in the compose ("This message must have at least one valid recipient."), or null. */
function refusalIn(root: HTMLElement): string | null {
  for (const alert of Array.from(root.querySelectorAll(ALERT))) {
    const text = (alert.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

type Seen = { kind: 'closed' } | { kind: 'refused'; text: string };

export class OutlookFilledCompose implements FilledCompose {
  constructor(
    readonly compose: OutlookCompose,
    private readonly subject: string,
    private readonly recipients: readonly string[],
    private readonly timings: DeliveryTimings,
  ) {}

  async send(timeoutMs: number): Promise<DeliveryReport> {
    let pressed = false;
    try {
      const { root } = this.compose;
      const doc = root.ownerDocument;
      if (!this.compose.isOpen()) return { outcome: 'not-sent', reason: 'the compose closed before Send was pressed' };
      const control = this.compose.sendControl();
      if (!control) {
        await discardCompose(this.compose, this.timings);
        return { outcome: 'not-sent', reason: 'the Send button was not found' };
      }
      const query = { subject: this.subject, recipients: [...this.recipients], since: new Date().toISOString() };
      const deadline = Date.now() + timeoutMs;
      pressed = true;
      press(control);
      const seen = await waitFor<Seen>(
        doc,
        () => {
          if (!this.compose.isOpen()) return { kind: 'closed' };
          const text = refusalIn(root);
          return text ? { kind: 'refused', text } : null;
        },
        timeoutMs,
      );
      if (seen?.kind === 'refused') {
        // Outlook kept the compose: take it back, the reply waits in the queue for the user.
        await discardCompose(this.compose, this.timings);
        return { outcome: 'unknown', reason: `Outlook refused to send it: ${seen.text}` };
      }
      if (!seen)
        return {
          outcome: 'unknown',
          reason: `Send was pressed but Outlook kept the compose open for ${Math.round(timeoutMs / 1000)} s`,
        };
      const listed = await withSentItems(
        doc,
        this.timings,
        async (rows) =>
          (await waitFor(doc, () => sentIn(rows() ?? [], query) === 'yes', Math.max(0, deadline - Date.now()))) ===
          true,
      );
      if (listed) return { outcome: 'sent', sentAt: new Date().toISOString() };
      if (listed === null) {
        // Stay while "Undo send" may still hold the message, so the tab is not closed under it.
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(this.timings.undoMs, Math.max(0, deadline - Date.now()))),
        );
        return {
          outcome: 'unknown',
          reason: 'Outlook closed the compose, but its Sent Items could not be opened in this tab',
        };
      }
      return {
        outcome: 'unknown',
        reason: `Outlook closed the compose, but the message did not appear in Sent Items within ${Math.round(timeoutMs / 1000)} s`,
      };
    } catch (error) {
      return pressed
        ? { outcome: 'unknown', reason: messageOf(error) }
        : { outcome: 'not-sent', reason: messageOf(error) };
    }
  }
}
