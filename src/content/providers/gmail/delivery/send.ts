/**
 * Sending a compose the delivery filled, and knowing it went (DESIGN §5.4): Send is pressed with
 * the same untrusted gesture as the guard's "Send now" (Red Cup's own guard lets it through),
 * then the outcome is what Gmail shows — the compose gone together with its "Message sent" toast,
 * or the message in Sent. Anything else after the press is `unknown`, never `not-sent`: the
 * worker must not send again blindly.
 */
import type { DeliveryReport } from '../../../../messaging/tab-protocol.ts';
import type { FilledCompose } from '../../adapter.ts';
import { resendGesture } from '../../../guard/resend.ts';
import { waitFor } from '../../../dom/wait.ts';
import type { GmailCompose } from '../compose.ts';
import { readableText } from '../message-text.ts';
import { ALERT_DIALOG, ANY_BUTTON, DISMISS_LABEL, MESSAGE_SENT_LABEL, TOAST_AREA, TOAST_TEXT, TOAST_UNDO, TOAST_VIEW_MESSAGE } from '../selectors.ts';
import { plainLabel } from '../send-control.ts';
import { discardCompose } from './discard.ts';
import { sentState } from './lists.ts';
import { messageOf, type DeliveryTimings } from './timings.ts';

/** The toast's "View message" link and text as they are now: a new one after Send is Gmail's "sent". */
interface ToastMark {
  link: Element | null;
  text: Element | null;
}

function toastMark(doc: Document): ToastMark {
  const area = doc.querySelector(TOAST_AREA);
  return { link: area?.querySelector(TOAST_VIEW_MESSAGE) ?? null, text: area?.querySelector(TOAST_TEXT) ?? null };
}

function sentToastSince(doc: Document, before: ToastMark): boolean {
  const area = doc.querySelector<HTMLElement>(TOAST_AREA);
  if (!area || area.hidden) return false;
  const now = toastMark(doc);
  if (now.link && now.link !== before.link) return true;
  return now.text !== null && now.text !== before.text && MESSAGE_SENT_LABEL.test((now.text.textContent ?? '').trim());
}

/** True while Gmail's toast still offers Undo: the message has not left yet. */
function undoOffered(doc: Document): boolean {
  const area = doc.querySelector<HTMLElement>(TOAST_AREA);
  return area !== null && !area.hidden && area.querySelector(TOAST_UNDO) !== null;
}

/** Gmail's refusal ("Please specify at least one recipient."): its text, once dismissed. */
function dismissRefusal(doc: Document): string | null {
  const alert = doc.querySelector<HTMLElement>(ALERT_DIALOG);
  if (!alert) return null;
  const text = readableText(alert, 'button').replace(/\s*\n+\s*/g, ' ');
  const ok = Array.from(alert.querySelectorAll<HTMLElement>(ANY_BUTTON)).find((b) => DISMISS_LABEL.test(plainLabel(b)));
  if (ok) resendGesture(ok);
  return text || 'an error dialog';
}

type Seen = { kind: 'sent' } | { kind: 'refused' };

export class GmailFilledCompose implements FilledCompose {
  constructor(
    readonly compose: GmailCompose,
    private readonly subject: string,
    private readonly recipients: readonly string[],
    private readonly timings: DeliveryTimings,
  ) {}

  async send(timeoutMs: number): Promise<DeliveryReport> {
    let pressed = false;
    try {
      const { root } = this.compose;
      const doc = root.ownerDocument;
      if (!this.compose.isOpen()) return { outcome: 'not-sent', reason: 'the compose window closed before Send was pressed' };
      const control = this.compose.sendControl();
      if (!control) {
        await discardCompose(this.compose, this.timings);
        return { outcome: 'not-sent', reason: 'the Send button was not found' };
      }
      const before = toastMark(doc);
      const since = new Date().toISOString();
      const query = { subject: this.subject, recipients: [...this.recipients], since };
      const deadline = Date.now() + timeoutMs;
      pressed = true;
      resendGesture(control);
      const seen = await waitFor<Seen>(
        doc,
        () => {
          if (this.compose.isOpen()) return doc.querySelector(ALERT_DIALOG) ? { kind: 'refused' } : null;
          return sentToastSince(doc, before) || sentState(doc, query) === 'yes' ? { kind: 'sent' } : null;
        },
        timeoutMs,
      );
      if (seen?.kind === 'sent') {
        const sentAt = new Date().toISOString();
        // "Message sent" opens Gmail's Undo window; the message leaves when it closes. Wait for
        // that (bounded), so the tab is not closed under a message that has not left yet.
        const left = Math.min(this.timings.undoMs, Math.max(0, deadline - Date.now()));
        await waitFor(doc, () => !undoOffered(doc), left);
        return { outcome: 'sent', sentAt };
      }
      if (seen?.kind === 'refused') {
        const reason = dismissRefusal(doc);
        // Gmail kept the compose: take it back, the reply waits in the queue for the user.
        await discardCompose(this.compose, this.timings);
        return { outcome: 'unknown', reason: `Gmail refused to send it: ${reason}` };
      }
      if (this.compose.isOpen()) return { outcome: 'unknown', reason: `Send was pressed but Gmail kept the compose open for ${Math.round(timeoutMs / 1000)} s` };
      const list = sentState(doc, query);
      return {
        outcome: 'unknown',
        reason:
          list === 'unknown'
            ? "Gmail closed the compose, but showed no \"Message sent\" and its Sent list is not on this page"
            : `Gmail closed the compose, but the message did not appear in Sent within ${Math.round(timeoutMs / 1000)} s`,
      };
    } catch (error) {
      return pressed ? { outcome: 'unknown', reason: messageOf(error) } : { outcome: 'not-sent', reason: messageOf(error) };
    }
  }
}
