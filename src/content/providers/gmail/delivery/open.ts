/**
 * Opens a compose for a queued reply (adapter.ts `openCompose`): the inline Reply of its thread
 * when that thread is the one on the page (and no inline reply of the user's is open there),
 * else a new message from the Compose button. The compose is then filled (fill.ts); on any
 * failure what was opened is discarded again, so no half-filled compose is left behind.
 */
import type { LocalReply } from '../../../../core/queue-types.ts';
import type { FilledCompose } from '../../adapter.ts';
import { clickGesture } from '../../../dom/synthetic.ts';
import { keepUsersFocus } from '../../../dom/focus.ts';
import { pressForCompose as pressForNew } from '../../shared/open.ts';
import { withDiscardFailure } from '../../shared/results.ts';
import { GmailCompose } from '../compose.ts';
import { bareSubject } from '../request.ts';
import { findComposeRoots, kindOf } from '../roots.ts';
import { COMPOSE_BUTTON, MESSAGE_REPLY_BUTTON, REPLY_LINK } from '../selectors.ts';
import { subjectOf } from '../subject.ts';
import { pageThread } from '../thread.ts';
import { discardCompose } from './discard.ts';
import { addressKey, fillCompose } from './fill.ts';
import { filledGmailCompose } from './send.ts';
import { failure, messageOf, TIMINGS, type DeliveryTimings } from './timings.ts';

type Opened = { ok: true; filled: FilledCompose } | { ok: false; reason: string };

/** Presses `control` and waits for a new Gmail compose that `accept`s (shared/open.ts). */
function pressForCompose(
  doc: Document,
  control: HTMLElement,
  accept: (root: HTMLElement) => boolean,
  timings: DeliveryTimings,
): Promise<HTMLElement | null> {
  return pressForNew(doc, control, { roots: findComposeRoots, press: clickGesture, stepMs: timings.stepMs }, accept);
}

/** The thread's inline Reply, when the reply answers the thread on the page and keeps its subject. */
async function openInlineReply(
  doc: Document,
  subject: string,
  reply: LocalReply,
  timings: DeliveryTimings,
): Promise<HTMLElement | null> {
  const thread = pageThread(doc);
  if (!reply.thread || !thread || thread.ref.id !== reply.thread.id) return null;
  if (bareSubject(subject) !== bareSubject(thread.subject)) return null;
  // The user's own inline reply is theirs: never fill it.
  if (findComposeRoots(doc).some((root) => kindOf(root) === 'inline')) return null;
  const replyButtons = Array.from(doc.querySelectorAll<HTMLElement>(MESSAGE_REPLY_BUTTON));
  const control = doc.querySelector<HTMLElement>(REPLY_LINK) ?? replyButtons[replyButtons.length - 1];
  if (!control) return null;
  const root = await pressForCompose(doc, control, (r) => kindOf(r) === 'inline', timings);
  if (!root) return null;
  // Gmail's inline reply keeps the thread's subject: a reply with another one goes as a new message.
  if (subjectOf(root).trim() === subject.trim()) return root;
  await discardCompose(new GmailCompose(root), timings);
  return null;
}

async function openNewMessage(doc: Document, timings: DeliveryTimings): Promise<HTMLElement | string> {
  const button = doc.querySelector<HTMLElement>(COMPOSE_BUTTON);
  if (!button) return "Gmail's Compose button was not found on this page";
  const root = await pressForCompose(doc, button, (r) => kindOf(r) === 'popup' || kindOf(r) === 'fullscreen', timings);
  return root ?? 'Gmail did not open a new message window';
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
    root = await openInlineReply(doc, subject, reply, timings);
    if (!root) {
      const opened = await openNewMessage(doc, timings);
      if (typeof opened === 'string') return failure(opened);
      root = opened;
    }
    const compose = new GmailCompose(root);
    const problem = fillCompose(root, subject, reply, { setSubject: compose.kind !== 'inline' });
    giveBack();
    if (!problem) {
      const recipients = [...reply.to, ...reply.cc, ...reply.bcc].map(addressKey);
      return { ok: true, filled: filledGmailCompose(compose, subjectOf(root), recipients, timings) };
    }
    return failure(await withDiscard(compose, problem, timings));
  } catch (error) {
    const reason = `opening the compose stopped on an error: ${messageOf(error)}`;
    return failure(root ? await withDiscard(new GmailCompose(root), reason, timings) : reason);
  }
}

async function withDiscard(compose: GmailCompose, reason: string, timings: DeliveryTimings): Promise<string> {
  if (!compose.isOpen()) return reason;
  return withDiscardFailure(reason, await discardCompose(compose, timings));
}
