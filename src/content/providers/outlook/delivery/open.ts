/**
 * Opens a compose for a queued reply (adapter.ts `openCompose`): the inline Reply of its
 * conversation when that conversation is the one open in the reading pane (and no reply of the
 * user's is open there), else a new message from New mail, carrying the reply's subject.
 * Outlook opens a conversation by an item id the page does not show (thread.ts), so a reply
 * whose conversation is not open goes as a new message; the recipients' mail programs thread
 * it by its subject. The compose is then filled (fill.ts); on any failure what was opened is
 * discarded again, so no half-filled compose is left behind.
 */
import type { LocalReply } from '../../../../core/queue-types.ts';
import type { FilledCompose } from '../../adapter.ts';
import { keepUsersFocus } from '../../../dom/focus.ts';
import { pressForCompose as pressForNew } from '../../shared/open.ts';
import { withDiscardFailure } from '../../shared/results.ts';
import { composeKind, OutlookCompose } from '../compose.ts';
import { press } from '../input-events.ts';
import { firstMatch } from '../query.ts';
import { conversationOf } from '../request.ts';
import { findRoots, rootContaining } from '../roots.ts';
import {
  ANY_BUTTON,
  CONVERSATION,
  CONVERSATION_ID_ATTR,
  NEW_MAIL_BUTTON,
  NEW_MAIL_ICON,
  READING_PANE,
  REPLY_BUTTON,
  THREAD_MESSAGE,
} from '../selectors.ts';
import { addressKey } from './addresses.ts';
import { discardCompose } from './discard.ts';
import { fillCompose } from './fill.ts';
import { filledOutlookCompose } from './send.ts';
import { failure, messageOf, TIMINGS, type DeliveryTimings } from './timings.ts';

type Opened = { ok: true; filled: FilledCompose } | { ok: false; reason: string };

const composeOf = (root: HTMLElement) => new OutlookCompose(root, composeKind(root));

/** Presses `control` and waits for a new Outlook compose that `accept`s (shared/open.ts). */
function pressForCompose(
  doc: Document,
  control: HTMLElement,
  accept: (root: HTMLElement) => boolean,
  timings: DeliveryTimings,
): Promise<HTMLElement | null> {
  return pressForNew(doc, control, { roots: findRoots, press, stepMs: timings.stepMs }, accept);
}

/** The open conversation with this id: the `data-convid` element that holds messages (list rows carry the id too). */
function openConversation(doc: Document, id: string): Element | null {
  return (
    Array.from(doc.querySelectorAll(CONVERSATION)).find(
      (el) => el.getAttribute(CONVERSATION_ID_ATTR) === id && el.querySelector(THREAD_MESSAGE),
    ) ?? null
  );
}

/** The conversation's inline Reply, when the reply answers the conversation open on the page. */
async function openInlineReply(
  doc: Document,
  reply: LocalReply,
  timings: DeliveryTimings,
): Promise<HTMLElement | null> {
  if (!reply.thread) return null;
  const conversation = openConversation(doc, reply.thread.id);
  if (!conversation) return null;
  // The user's own reply there is theirs: never fill it (Outlook would focus it instead of opening another).
  if (findRoots(doc).some((root) => conversationOf(root) === conversation)) return null;
  const pane = conversation.closest(READING_PANE) ?? conversation;
  const control = REPLY_BUTTON.flatMap((selector) => Array.from(pane.querySelectorAll<HTMLElement>(selector))).find(
    (b) => rootContaining(b) === null,
  );
  if (!control) return null;
  return pressForCompose(doc, control, (root) => conversationOf(root) === conversation, timings);
}

function newMailControl(doc: Document): HTMLElement | null {
  const icons = Array.from(doc.querySelectorAll(NEW_MAIL_ICON)).filter((icon) => rootContaining(icon) === null);
  return icons[0]?.closest<HTMLElement>(ANY_BUTTON) ?? firstMatch(doc, NEW_MAIL_BUTTON);
}

async function openNewMessage(doc: Document, timings: DeliveryTimings): Promise<HTMLElement | string> {
  const control = newMailControl(doc);
  if (!control) return "Outlook's New mail button was not found on this page";
  const root = await pressForCompose(doc, control, (r) => composeKind(r) === 'new', timings);
  return root ?? 'Outlook did not open a new message';
}

/** Fills `root`; when it cannot, discards it and says why (with why the discard failed, if it did). */
async function fillOrDiscard(
  root: HTMLElement,
  subject: string,
  reply: LocalReply,
  timings: DeliveryTimings,
): Promise<string | null> {
  const problem = await fillCompose(root, subject, reply, timings.stepMs);
  if (!problem) return null;
  const compose = composeOf(root);
  if (!compose.isOpen()) return problem;
  return withDiscardFailure(problem, await discardCompose(compose, timings));
}

export async function openFilledCompose(
  doc: Document,
  subject: string,
  reply: LocalReply,
  timings: DeliveryTimings = TIMINGS,
): Promise<Opened> {
  let root: HTMLElement | null = null;
  const giveBack = keepUsersFocus(doc);
  try {
    root = await openInlineReply(doc, reply, timings);
    if (root) {
      // An inline reply that cannot hold the reply exactly (no subject box, a chip that will not
      // go) is given up for a new message; one that cannot even be discarded stops the delivery.
      const problem = await fillOrDiscard(root, subject, reply, timings);
      if (problem !== null && root.isConnected) return failure(problem);
      if (problem !== null) root = null;
    }
    if (!root) {
      const opened = await openNewMessage(doc, timings);
      if (typeof opened === 'string') return failure(opened);
      root = opened;
      const problem = await fillOrDiscard(root, subject, reply, timings);
      if (problem) return failure(problem);
    }
    const recipients = [...reply.to, ...reply.cc, ...reply.bcc].map(addressKey);
    return { ok: true, filled: filledOutlookCompose(composeOf(root), subject, recipients, timings) };
  } catch (error) {
    const reason = `opening the compose stopped on an error: ${messageOf(error)}`;
    if (!root?.isConnected) return failure(reason);
    return failure(withDiscardFailure(reason, await discardCompose(composeOf(root), timings)));
  } finally {
    giveBack();
  }
}
