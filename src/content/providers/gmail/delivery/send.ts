/**
 * Sending a compose the delivery filled, and knowing it went (DESIGN §5.4). Send is pressed with
 * the same untrusted gesture as the guard's "Send now" (Red Cup's own guard lets it through);
 * then Gmail's own signals decide (research/sent-signals.md §1, docs/providers.md): the compose
 * gone and a new "Message sent" notice with Undo, and then the Undo Send period over without an
 * Undo (the message has left only then) — or, when no notice was seen, the message in the Sent
 * folder. Anything else after the press is `unknown`, never `not-sent`: the worker must not send
 * again blindly. The protocol is shared/send-and-confirm.ts; here are only Gmail's probes.
 */
import type { FilledCompose } from '../../adapter.ts';
import { clickGesture } from '../../../dom/synthetic.ts';
import { confirmingCompose, type SendProbes } from '../../shared/send-and-confirm.ts';
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
import type { DeliveryTimings } from './timings.ts';

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

/** Gmail's part in send-and-confirm (shared/send-and-confirm.ts) for one filled compose. */
function gmailProbes(compose: GmailCompose, subject: string, timings: DeliveryTimings): SendProbes<Element, Element> {
  const doc = compose.root.ownerDocument;
  return {
    provider: 'Gmail',
    composeNoun: 'compose window',
    press: (control) => clickGesture(control),
    refusal: () => doc.querySelector(ALERT_DIALOG),
    refusalText: () => String(dismissRefusal(doc)), // as before: "null" should the dialog have gone already
    discard: () => discardCompose(compose, timings),
    // Gmail states a "Message sent" notice (GMAIL_CONFIRMS.sentNotice): it is waited for.
    notice: GMAIL_CONFIRMS.sentNotice
      ? {
          waitMs: timings.stepMs,
          undoMs: timings.undoMs,
          arm() {
            const before = noticeNow(doc);
            return {
              closed() {
                const others = new Set(findComposeRoots(doc));
                return {
                  shown: () => sentNoticeSince(doc, before),
                  undoOffered: (notice) => undoOffered(doc, notice),
                  undone: () => reopened(doc, others, subject),
                };
              },
            };
          },
        }
      : undefined,
    lookInSent: (query) => findSent(doc, query, timings),
    holdMs: 0, // Google holds a message in its Undo period, not the page: the tab may close
    unconfirmed: {
      notInSent: () => 'Gmail closed the compose, but the message is not in Sent',
      sentUnreadable:
        'Gmail closed the compose but showed no "Message sent", and its Sent folder could not be read here',
    },
  };
}

/** The compose the delivery filled, for `subject` to `recipients` (normalised addresses). */
export function filledGmailCompose(
  compose: GmailCompose,
  subject: string,
  recipients: readonly string[],
  timings: DeliveryTimings,
): FilledCompose {
  return confirmingCompose(compose, { subject, recipients }, gmailProbes(compose, subject, timings));
}
