/**
 * The send-and-confirm protocol of a local delivery (DESIGN §5.4), once for every provider: Send
 * is pressed with an untrusted gesture (Red Cup's own guard lets it through), then the provider's
 * own signals decide — the compose gone (or a refusal), a "sent" notice whose Undo period ends
 * without an Undo where the provider shows one (`confirms.sentNotice`), else the message in Sent.
 * Once Send was pressed the outcome is `unknown`, never `not-sent`: the worker must not send
 * again blindly. Each provider supplies only its probes (`SendProbes`, in its delivery/send.ts);
 * its selectors stay in its selectors.ts. Loaded with the delivery code, never at start-up.
 */
import type { DeliveryReport, SentQuery } from '../../../messaging/tab-protocol.ts';
import type { ComposeAdapter, FilledCompose } from '../adapter.ts';
import { waitFor } from '../../dom/wait.ts';
import { messageOf } from './results.ts';

/** What a compose shows once Send was pressed: gone, or kept with the provider's refusal. */
type Seen<R> = { kind: 'closed' } | { kind: 'refused'; refusal: R };

/**
 * A provider's "sent" notice (Gmail's "Message sent" with Undo), which opens an Undo period: the
 * message has left only once that period is over without an Undo.
 */
export interface NoticeProbes<N> {
  /** How long to wait for the notice once the compose closed. */
  readonly waitMs: number;
  /** The provider's longest Undo period after its notice. */
  readonly undoMs: number;
  /** Just before Send is pressed: remembers the page's notices now, so a new one can be told apart. */
  arm(): ArmedNotice<N>;
}

export interface ArmedNotice<N> {
  /** Once the compose closed: remembers the composes open then, and returns the notice's probes. */
  closed(): NoticeWatch<N>;
}

export interface NoticeWatch<N> {
  /** A notice shown since `arm()` that says the message was sent, or null. */
  shown(): N | null;
  /** True while that notice still offers Undo: the Undo period is not over. */
  undoOffered(notice: N): boolean;
  /** True once Undo was pressed: the provider brought the compose back. */
  undone(): boolean;
}

/** Where the message could not be confirmed: why, as the tab reports it. */
export interface Unconfirmed {
  /** Sent was read, and the message is not there. */
  notInSent(timeoutMs: number): string;
  /** Sent could not be read in this tab. */
  sentUnreadable: string;
}

/** One provider's part in send-and-confirm: its probes, its press, its words. `R`: a refusal it sees. */
export interface SendProbes<R, N = unknown> {
  /** The provider's name in reasons (`Gmail refused to send it: …`). */
  readonly provider: string;
  /** What the provider calls its compose in reasons (`the compose window closed before Send…`). */
  readonly composeNoun: string;
  /** Presses a control the way the provider accepts (untrusted events). */
  press(control: HTMLElement): void;
  /** While the compose is open after Send: the provider's refusal, or null. */
  refusal(): R | null;
  /** The refusal's text (and whatever the provider needs done to put it away). */
  refusalText(refusal: R): string;
  /** Takes the compose back (the reply waits in the queue): the provider's own Discard. */
  discard(): Promise<unknown>;
  /** The provider's "sent" notice, only where `confirms.sentNotice` says it shows one. */
  readonly notice?: NoticeProbes<N>;
  /**
   * Is the message in Sent (looked up or watched until `deadline`, ms)? `unknown` when this tab
   * cannot read Sent. May throw: that too is `unknown` once Send was pressed.
   */
  lookInSent(query: SentQuery, deadline: number): Promise<'yes' | 'no' | 'unknown'>;
  /**
   * When Sent could not be read: stay this long at most (bounded by the deadline) before
   * answering, so that a message the provider's Undo send still holds in the page has left
   * before the tab may be closed. 0: the provider holds it elsewhere.
   */
  readonly holdMs: number;
  readonly unconfirmed: Unconfirmed;
}

const seconds = (ms: number) => Math.round(ms / 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sent = (): DeliveryReport => ({ outcome: 'sent', sentAt: new Date().toISOString() });

/**
 * Presses Send on `compose` and waits, at most `timeoutMs` (the Undo period aside, which ends
 * within it or is looked up in Sent), for what the provider shows. Never throws.
 */
export async function sendAndConfirm<R, N>(
  compose: Pick<ComposeAdapter, 'root' | 'isOpen' | 'sendControl'>,
  message: { subject: string; recipients: readonly string[] },
  probes: SendProbes<R, N>,
  timeoutMs: number,
): Promise<DeliveryReport> {
  let pressed = false;
  try {
    const doc = compose.root.ownerDocument;
    if (!compose.isOpen())
      return { outcome: 'not-sent', reason: `the ${probes.composeNoun} closed before Send was pressed` };
    const control = compose.sendControl();
    if (!control) {
      await probes.discard();
      return { outcome: 'not-sent', reason: 'the Send button was not found' };
    }
    const armed = probes.notice?.arm();
    const query: SentQuery = {
      subject: message.subject,
      recipients: [...message.recipients],
      since: new Date().toISOString(),
    };
    const deadline = Date.now() + timeoutMs;
    pressed = true;
    probes.press(control);
    const seen = await waitFor<Seen<R>>(
      doc,
      () => {
        if (!compose.isOpen()) return { kind: 'closed' };
        const refusal = probes.refusal();
        return refusal === null ? null : { kind: 'refused', refusal };
      },
      timeoutMs,
    );
    if (seen?.kind === 'refused') {
      const text = probes.refusalText(seen.refusal);
      // The provider kept the compose: take it back, the reply waits in the queue for the user.
      await probes.discard();
      return { outcome: 'unknown', reason: `${probes.provider} refused to send it: ${text}` };
    }
    if (!seen)
      return {
        outcome: 'unknown',
        reason: `Send was pressed but ${probes.provider} kept the compose open for ${seconds(timeoutMs)} s`,
      };
    if (probes.notice && armed) {
      const { waitMs, undoMs } = probes.notice;
      const watch = armed.closed();
      const notice = await waitFor(doc, () => watch.shown(), waitMs);
      if (notice) {
        // The notice opens the Undo period; the message leaves when it ends.
        const left = Math.min(undoMs, Math.max(0, deadline - Date.now()));
        await waitFor(doc, () => !watch.undoOffered(notice) || watch.undone(), left);
        if (watch.undone()) return { outcome: 'unknown', reason: `Undo was pressed in ${probes.provider} after Send` };
        // Undo gone, or offered for longer than the provider's longest period: the message has left.
        if (!watch.undoOffered(notice) || left >= undoMs) return sent();
      }
    }
    // No notice seen (or the tab must answer before the Undo period could end): only Sent can tell.
    const found = await probes.lookInSent(query, deadline);
    if (found === 'yes') return sent();
    if (found === 'unknown') {
      if (probes.holdMs > 0) await sleep(Math.min(probes.holdMs, Math.max(0, deadline - Date.now())));
      return { outcome: 'unknown', reason: probes.unconfirmed.sentUnreadable };
    }
    return { outcome: 'unknown', reason: probes.unconfirmed.notInSent(timeoutMs) };
  } catch (error) {
    return pressed
      ? { outcome: 'unknown', reason: messageOf(error) }
      : { outcome: 'not-sent', reason: messageOf(error) };
  }
}

/** A compose the delivery filled, sent and confirmed through its provider's probes. */
export function confirmingCompose<R, N>(
  compose: ComposeAdapter,
  message: { subject: string; recipients: readonly string[] },
  probes: SendProbes<R, N>,
): FilledCompose {
  return { compose, send: (timeoutMs) => sendAndConfirm(compose, message, probes, timeoutMs) };
}
