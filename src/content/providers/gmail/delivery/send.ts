/**
 * Sending a compose the delivery filled, and knowing it went (DESIGN §5.4). Send is pressed with
 * the same untrusted gesture as the guard's "Send now" (Red Cup's own guard lets it through);
 * then Gmail's own signals decide (research/sent-signals.md §1, docs/providers.md): the compose
 * gone and a new "Message sent" notice with Undo, and then the Undo Send period over without an
 * Undo (the message has left only then) — or, when no notice was seen, the message in the Sent
 * folder. Anything else after the press is `unknown`, never `not-sent`: the worker must not send
 * again blindly.
 */
import type { DeliveryReport } from '../../../../messaging/tab-protocol.ts';
import type { FilledCompose } from '../../adapter.ts';
import { clickGesture } from '../../../dom/synthetic.ts';
import { waitFor } from '../../../dom/wait.ts';
import type { GmailCompose } from '../compose.ts';
import { GMAIL_CONFIRMS } from '../confirms.ts';
import { readableText } from '../message-text.ts';
import { findComposeRoots } from '../roots.ts';
import {
  ALERT_DIALOG,
  ANY_BUTTON,
  DISMISS_LABEL,
  TOAST_AREA,
  TOAST_SHOWN_CLASS,
  TOAST_TEXT,
  TOAST_UNDO,
} from '../selectors.ts';
import { plainLabel } from '../send-control.ts';
import { subjectOf } from '../subject.ts';
import { discardCompose } from './discard.ts';
import { findSent } from './lists.ts';
import { messageOf, type DeliveryTimings } from './timings.ts';

/** The notice Gmail shows now (its text node), so that a new one after Send can be told apart. */
function noticeNow(doc: Document): Element | null {
  return doc.querySelector(TOAST_AREA)?.querySelector(TOAST_TEXT) ?? null;
}

/**
 * Shown: Gmail marks a showing notice with `bAp` and parks a hidden host at `top: -10000px`
 * (research/sent-signals.md §1a); it does not use the `hidden` attribute, so neither does this.
 */
function toastShown(area: HTMLElement): boolean {
  return area.classList.contains(TOAST_SHOWN_CLASS) || !(Number.parseFloat(area.style.top) < -1000);
}

/** A notice that is not `before` and offers Undo: Gmail's "Message sent" after a Send. */
function sentNoticeSince(doc: Document, before: Element | null): Element | null {
  const area = doc.querySelector<HTMLElement>(TOAST_AREA);
  if (!area || !toastShown(area) || area.querySelector(TOAST_UNDO) === null) return null;
  const text = area.querySelector(TOAST_TEXT);
  return text !== null && text !== before ? text : null;
}

/** True while that notice still offers Undo: the Undo Send period is not over. */
function undoOffered(doc: Document, notice: Element): boolean {
  const area = doc.querySelector<HTMLElement>(TOAST_AREA);
  return area !== null && toastShown(area) && notice.isConnected && area.querySelector(TOAST_UNDO) !== null;
}

/** Gmail reopens the compose after an Undo: a compose with this subject that was not there before. */
function reopened(doc: Document, before: ReadonlySet<HTMLElement>, subject: string): boolean {
  return findComposeRoots(doc).some((root) => !before.has(root) && subjectOf(root).trim() === subject.trim());
}

/** Gmail's refusal ("Please specify at least one recipient."): its text, once dismissed. */
function dismissRefusal(doc: Document): string | null {
  const alert = doc.querySelector<HTMLElement>(ALERT_DIALOG);
  if (!alert) return null;
  const text = readableText(alert, 'button').replace(/\s*\n+\s*/g, ' ');
  const ok = Array.from(alert.querySelectorAll<HTMLElement>(ANY_BUTTON)).find((b) => DISMISS_LABEL.test(plainLabel(b)));
  if (ok) clickGesture(ok);
  return text || 'an error dialog';
}

type Seen = { kind: 'closed' } | { kind: 'refused' };

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
      if (!this.compose.isOpen())
        return { outcome: 'not-sent', reason: 'the compose window closed before Send was pressed' };
      const control = this.compose.sendControl();
      if (!control) {
        await discardCompose(this.compose, this.timings);
        return { outcome: 'not-sent', reason: 'the Send button was not found' };
      }
      const before = noticeNow(doc);
      const since = new Date().toISOString();
      const deadline = Date.now() + timeoutMs;
      pressed = true;
      clickGesture(control);
      const seen = await waitFor<Seen>(
        doc,
        () =>
          this.compose.isOpen() ? (doc.querySelector(ALERT_DIALOG) ? { kind: 'refused' } : null) : { kind: 'closed' },
        timeoutMs,
      );
      if (seen?.kind === 'refused') {
        const reason = dismissRefusal(doc);
        // Gmail kept the compose: take it back, the reply waits in the queue for the user.
        await discardCompose(this.compose, this.timings);
        return { outcome: 'unknown', reason: `Gmail refused to send it: ${reason}` };
      }
      if (!seen)
        return {
          outcome: 'unknown',
          reason: `Send was pressed but Gmail kept the compose open for ${Math.round(timeoutMs / 1000)} s`,
        };
      const others = new Set(findComposeRoots(doc));
      // Gmail states a "Message sent" notice (GMAIL_CONFIRMS.sentNotice): it is waited for.
      const notice = GMAIL_CONFIRMS.sentNotice
        ? await waitFor(doc, () => sentNoticeSince(doc, before), this.timings.stepMs)
        : null;
      if (notice) {
        // "Message sent" opens the Undo Send period; the message leaves when it ends (≤ 30 s).
        const left = Math.min(this.timings.undoMs, Math.max(0, deadline - Date.now()));
        await waitFor(doc, () => !undoOffered(doc, notice) || reopened(doc, others, this.subject), left);
        if (reopened(doc, others, this.subject))
          return { outcome: 'unknown', reason: 'Undo was pressed in Gmail after Send' };
        // Undo gone, or offered for longer than Gmail's longest period: the message has left.
        if (!undoOffered(doc, notice) || left >= this.timings.undoMs)
          return { outcome: 'sent', sentAt: new Date().toISOString() };
      }
      // No notice seen (or the tab must answer before the Undo period could end): only Sent can tell.
      const query = { subject: this.subject, recipients: [...this.recipients], since };
      const found = await findSent(doc, query, this.timings);
      if (found === 'yes') return { outcome: 'sent', sentAt: new Date().toISOString() };
      return {
        outcome: 'unknown',
        reason:
          found === 'unknown'
            ? 'Gmail closed the compose but showed no "Message sent", and its Sent folder could not be read here'
            : 'Gmail closed the compose, but the message is not in Sent',
      };
    } catch (error) {
      return pressed
        ? { outcome: 'unknown', reason: messageOf(error) }
        : { outcome: 'not-sent', reason: messageOf(error) };
    }
  }
}
