/**
 * "Send later" for one mail tab (DESIGN §5.1): the reply is handed to the provider's own Schedule
 * send, or — when the client's profile asks for it, or the provider's scheduler cannot be driven
 * — kept in Red Cup's local queue. Each compose's "send later" has one id, reused by every retry,
 * so a retry after a lost answer finds the first write instead of storing the reply twice.
 */
import type { GuardCheck, GuardNextWindow } from '../../core/guard-types.ts';
import { PROVIDERS } from '../../core/providers.ts';
import { laterRoute } from '../../core/send-later-route.ts';
import type { EnqueueRequest } from '../../core/queue-types.ts';
import { sanitizeForQueue } from '../dom/sanitize-lazy.ts';
import type { TriageRecord } from '../panel/api.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { newId, type DecisionRecord } from './decision-record.ts';
import type { ComposeSession } from './session.ts';
import { writeQueueOnce, type Ask, type WriteOutcome } from './worker-writes.ts';

/** What the panel or the popup tells the user; `notice` when they must read what happened. */
export interface LaterOutcome {
  ok: boolean;
  message: string;
  notice?: string;
}

export class SendLater {
  /** The id of each compose's "send later" (one decision, one id). */
  private readonly laterIds = new WeakMap<ComposeSession, string>();
  /** Composes whose last "send later" got no answer, not even whether it was kept: asked first on the next try. */
  private readonly unsure = new WeakSet<ComposeSession>();

  /** "Gmail" or "Outlook", for the user's messages. */
  private readonly label: string;

  constructor(
    private readonly adapter: ProviderAdapter,
    private readonly ask: Ask,
    private readonly failed: (where: string, error: unknown) => void,
    private readonly record: (session: ComposeSession, decision: DecisionRecord) => Promise<void>,
  ) {
    this.label = PROVIDERS[adapter.name].label;
  }

  /**
   * Holds the reply until the verdict's next window: with the provider's own Schedule send, or —
   * when the client's profile asks for it, or the provider's scheduler cannot be driven — in Red
   * Cup's local queue (DESIGN §5.1). `notice` is set when the user must read what happened.
   */
  async schedule(session: ComposeSession, check: GuardCheck, triage: TriageRecord | null): Promise<LaterOutcome> {
    const next = check.view.next;
    const provider = this.label;
    if (!next)
      return {
        ok: false,
        message: 'No window opens within a year for these recipients, so there is no time to schedule for.',
      };
    if (this.unsure.has(session)) {
      // The last try got no answer at all: was it kept after all? Never schedule it a second time.
      const stored = await this.ask('queue/is-stored', { id: this.laterId(session) });
      if (!stored.heard) return { ok: false, message: this.unsureMessage(stored.why) };
      if (!stored.result.ok) return { ok: false, message: this.unsureMessage(stored.result.error.message) };
      this.unsure.delete(session);
      if (stored.result.value.stored) return this.kept(session, check, next, triage, { kind: 'chosen' });
    }
    const route = laterRoute(check.delivery, this.adapter.deliversLocally);
    if (route.first === 'local') return this.queueLocally(session, check, next, triage, { kind: 'chosen' });
    const recipients = session.recipients();
    const subject = session.compose.subject();
    const result = await session.compose.scheduleSend(next.sendAt);
    if (!result.ok && route.fallback === null) {
      return {
        ok: false,
        message: `${provider}'s Schedule send could not be completed (${result.reason}). Your message is still open and unchanged: schedule it yourself for ${next.inUserZone}, or try again.`,
      };
    }
    if (!result.ok) {
      // Automatic fallback (DESIGN §5.1): the reply goes to the local queue; nothing is lost either way.
      const local = await this.queueLocally(session, check, next, triage, {
        kind: 'scheduler-failed',
        reason: result.reason,
      });
      if (!local.ok && this.unsure.has(session)) return local; // not known whether kept: say only that
      if (local.ok) {
        return {
          ok: true,
          message: local.message,
          notice: `${provider}'s Schedule send could not be used (${result.reason}). Red Cup keeps your reply instead and sends it ${next.inUserZone} from an open ${provider} tab (one is opened in the background if none is). You can see it in Red Cup's queue.`,
        };
      }
      return {
        ok: false,
        message: `${provider}'s Schedule send could not be completed (${result.reason}), and ${local.message} Your message is still open and unchanged: schedule it yourself for ${next.inUserZone}, or try again.`,
      };
    }
    const profileIds = check.verdict.kind === 'unguarded' ? [] : check.verdict.profiles.map((p) => p.id);
    // The provider holds the reply now; the hand-off only lets Red Cup list it. Written once per decision.
    const id = this.laterId(session);
    const accountAddress = await this.adapter.accountAddress(document);
    const handoff = await writeQueueOnce(this.ask, 'queue/handoff', {
      id,
      provider: this.adapter.name,
      profileIds,
      recipients,
      subject,
      dueAt: next.sendAt,
      ...(accountAddress ? { accountAddress } : {}),
    });
    if (handoff.kind !== 'stored') this.failed('recording the scheduled reply', new Error(handoff.message));
    // The entry named, so the report counts the reply at the provider's due time (issue 12).
    await this.record(session, {
      kind: 'scheduled',
      check,
      triage,
      scheduledFor: next.sendAt,
      id: `${id}:scheduled`,
      queue: { entryId: id, status: 'handed-off', reason: null },
    });
    return { ok: true, message: `Scheduled with ${provider} for ${next.inUserZone}.` };
  }

  /**
   * Stores the whole reply in the worker's queue (one IndexedDB transaction there), and only
   * then discards the compose: until the worker confirms, the text stays where it is.
   */
  private async queueLocally(
    session: ComposeSession,
    check: GuardCheck,
    next: GuardNextWindow,
    triage: TriageRecord | null,
    why: EnqueueRequest['why'],
  ): Promise<LaterOutcome> {
    const provider = this.label;
    const account = this.adapter.account(document);
    const accountAddress = await this.adapter.accountAddress(document);
    if (account === null || accountAddress === null)
      return {
        ok: false,
        message: `Red Cup could not tell which ${provider} account this is, so it cannot keep the reply for later.`,
      };
    const compose = session.compose;
    const profileIds = check.verdict.kind === 'unguarded' ? [] : check.verdict.profiles.map((p) => p.id);
    const body = await sanitizeForQueue(compose.bodyHtml());
    if (!body.ok)
      return {
        ok: false,
        message: `Red Cup could not keep your reply for later (${body.reason}). Your message is still open and unchanged.`,
      };
    const outcome: WriteOutcome = await writeQueueOnce(this.ask, 'queue/enqueue', {
      id: this.laterId(session),
      provider: this.adapter.name,
      profileIds,
      recipients: session.recipients(),
      subject: compose.subject(),
      dueAt: next.sendAt,
      account,
      accountAddress,
      reply: { ...compose.recipientFields(), html: body.html, thread: compose.thread() },
      why,
    });
    if (outcome.kind === 'unknown') {
      this.unsure.add(session);
      return { ok: false, message: this.unsureMessage(outcome.message) };
    }
    if (outcome.kind === 'not-stored') {
      return {
        ok: false,
        message: `Red Cup could not keep your reply for later (${outcome.message}). Your message is still open and unchanged.`,
      };
    }
    return this.kept(session, check, next, triage, why);
  }

  /** One id per compose's "send later", made on the first try. */
  private laterId(session: ComposeSession): string {
    let id = this.laterIds.get(session);
    if (id === undefined) {
      id = newId();
      this.laterIds.set(session, id);
    }
    return id;
  }

  private unsureMessage(why: string): string {
    return `Red Cup could not tell whether it kept your reply for later (${why}). Your message is still open: do not send it yourself yet. Press the same button again in a moment — the reply is kept only once — or look in Red Cup's queue.`;
  }

  /** The reply is in the worker's queue: record the decision, and only now discard the compose. */
  private async kept(
    session: ComposeSession,
    check: GuardCheck,
    next: GuardNextWindow,
    triage: TriageRecord | null,
    why: EnqueueRequest['why'],
  ): Promise<LaterOutcome> {
    const provider = this.label;
    const compose = session.compose;
    // The entry named, so the report counts the reply when the queue delivers it (issue 12).
    const id = this.laterId(session);
    await this.record(session, {
      kind: 'scheduled',
      check,
      triage,
      scheduledFor: next.sendAt,
      id: `${id}:scheduled`,
      queue: { entryId: id, status: 'pending', reason: null },
    });
    const discarded = await compose.discard();
    const message = `Red Cup sends your reply ${next.inUserZone}.`;
    if (!discarded.ok) {
      // The reply is safe in the queue; the compose must not be sent as well.
      this.failed('closing the compose after queueing', new Error(discarded.reason));
      return {
        ok: true,
        message,
        notice: `${message} ${provider} did not let Red Cup close this compose (${discarded.reason}): discard it yourself without sending, or the reply would go out twice.`,
      };
    }
    return why.kind === 'chosen' ? { ok: true, message } : { ok: true, message, notice: message };
  }
}
