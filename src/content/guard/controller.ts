/**
 * The compose guard of one mail tab: what happens to a Send that was held — the panel, the
 * user's decision, the provider's scheduler, the ledger — and the popup's view of the tab.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import type { LedgerEventInput, LedgerKind } from '../../core/ledger-types.ts';
import type { EnqueueRequest } from '../../core/queue-types.ts';
import type { ComposeAction, TabComposeState } from '../../messaging/tab-protocol.ts';
import type { PanelDecision, PanelHandle, TriageRecord } from '../panel/api.ts';
import { sanitizeForQueue } from '../dom/sanitize-lazy.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { recordFailure } from './failure-log.ts';
import { loadPanel } from './panel-loader.ts';
import type { SendHandler } from './interception.ts';
import { clickGesture } from '../dom/synthetic.ts';
import type { ComposeSession, SyncDecision } from './session.ts';
import { ComposeSessions } from './sessions.ts';
import { askWorker, recordOnce, writeQueueOnce, type Ask, type WriteOutcome } from './worker-writes.ts';

/** A held send whose verdict does not arrive in this time goes out: the user must always be able to send. */
const CHECK_TIMEOUT_MS = 2_500;

const PROVIDER_LABEL = { gmail: 'Gmail', outlook: 'Outlook' } as const;

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The control that sends this compose: the one the user pressed while it is still there, else Send. */
function sendingControl(session: ComposeSession, pressed: HTMLElement | null): HTMLElement | null {
  return pressed?.isConnected ? pressed : session.compose.sendControl();
}

export class Guard implements SendHandler {
  readonly sessions: ComposeSessions;
  /** The open panel; `control` is what the user pressed (Send, or Gmail's Send & archive), pressed again to send anyway. */
  private panel: {
    session: ComposeSession;
    handle: PanelHandle;
    host: HTMLElement;
    control: HTMLElement | null;
  } | null = null;
  /**
   * The id of each compose's "send later" (one decision, one id): reused by every retry, so a
   * retry after a lost answer finds the first write instead of storing the reply twice.
   */
  private readonly laterIds = new WeakMap<ComposeSession, string>();
  /** Composes whose last "send later" got no answer, not even whether it was kept: asked first on the next try. */
  private readonly unsure = new WeakSet<ComposeSession>();

  constructor(
    private readonly adapter: ProviderAdapter,
    private readonly ask: Ask = askWorker,
  ) {
    this.sessions = new ComposeSessions(adapter, (where, error) => this.failed(where, error));
  }

  // ── SendHandler ──────────────────────────────────────────────────────────────────────────

  sessionOf(el: Element): ComposeSession | null {
    const session = this.sessions.sessionOf(el);
    if (session) session.lastActive = Date.now();
    return session;
  }

  passed(session: ComposeSession): void {
    const check = session.lastCheck;
    if (check?.verdict.kind !== 'inside') return;
    // After the event has gone on its way: recording must not delay the send.
    setTimeout(() => void this.record(session, 'sent-inside', check, null, null), 0);
  }

  held(session: ComposeSession, control: HTMLElement, decision: SyncDecision): void {
    if (decision.kind === 'pass') {
      clickGesture(control);
      return;
    }
    if (decision.kind === 'block') {
      void this.openPanel(session, decision.check, false, control);
      return;
    }
    void this.decideLater(session, control);
  }

  failed(where: string, error: unknown): void {
    recordFailure(where, error);
  }

  // ── A held send ──────────────────────────────────────────────────────────────────────────

  /** The verdict was not cached for these recipients: ask, and send unless it is outside. */
  private async decideLater(session: ComposeSession, control: HTMLElement): Promise<void> {
    try {
      const check = await withTimeout(session.checkNow(), CHECK_TIMEOUT_MS);
      if (check === 'timeout' || check === null) {
        this.failed(
          'checking the boundary',
          new Error(check === null ? 'the worker refused the check' : 'no answer in time'),
        );
        clickGesture(control);
        return;
      }
      if (check.verdict.kind === 'outside') {
        await this.openPanel(session, check, false, control);
        return;
      }
      clickGesture(control);
      this.passed(session);
    } catch (error) {
      this.failed('deciding a send', error);
      clickGesture(control);
    }
  }

  async openPanel(
    session: ComposeSession,
    check: GuardCheck,
    startWithTriage: boolean,
    pressed: HTMLElement | null = null,
  ): Promise<void> {
    try {
      this.closePanel();
      const { openPanel } = await loadPanel();
      const host = document.createElement('div');
      (document.body ?? document.documentElement).append(host);
      const request = session.compose.request();
      const model = {
        check,
        request,
        startWithTriage,
        anchor: session.compose.root,
        returnFocus: sendingControl(session, pressed),
      };
      const handle = openPanel(host, model, (decision) => void this.decide(session, check, decision));
      this.panel = { session, handle, host, control: pressed };
    } catch (error) {
      // Without a panel the user cannot choose: the send goes out as they asked.
      this.failed('opening the guard panel', error);
      this.closePanel();
      const send = sendingControl(session, pressed);
      if (send) clickGesture(send);
    }
  }

  private closePanel(): void {
    if (!this.panel) return;
    this.panel.handle.close();
    this.panel.host.remove();
    this.panel = null;
  }

  private async decide(session: ComposeSession, check: GuardCheck, decision: PanelDecision): Promise<void> {
    const handle = this.panel?.session === session ? this.panel.handle : null;
    const pressed = this.panel?.session === session ? this.panel.control : null;
    try {
      if (decision.action === 'cancel') {
        this.closePanel();
        await this.record(session, 'cancelled', check, null, null);
        return;
      }
      if (decision.action === 'send-now') {
        this.closePanel();
        const control = sendingControl(session, pressed);
        if (control) clickGesture(control);
        await this.record(session, decision.kind, check, decision.triage, null);
        return;
      }
      handle?.setBusy(
        check.delivery === 'local' && this.adapter.deliversLocally
          ? 'Keeping your reply in Red Cup’s queue…'
          : `Handing your reply to ${PROVIDER_LABEL[this.adapter.name]}'s Schedule send…`,
      );
      // The provider's scheduler is driven by clicks at real coordinates: the panel must not cover it.
      const host = this.panel?.host;
      if (host) host.style.display = 'none';
      const outcome = await this.scheduleLater(session, check, decision.triage);
      if (host) host.style.display = '';
      if (outcome.ok && outcome.notice !== undefined && handle) {
        await handle.showDone('Your reply is kept by Red Cup', outcome.notice);
        this.closePanel();
      } else if (outcome.ok) this.closePanel();
      else handle?.showError(outcome.message);
    } catch (error) {
      if (this.panel) this.panel.host.style.display = '';
      this.failed('carrying out a decision', error);
      handle?.showError('Something went wrong in Red Cup. Your message is still here; you can send it yourself.');
    }
  }

  /**
   * Holds the reply until the verdict's next window: with the provider's own Schedule send, or —
   * when the client's profile asks for it, or the provider's scheduler cannot be driven — in Red
   * Cup's local queue (DESIGN §5.1). `notice` is set when the user must read what happened.
   */
  async scheduleLater(
    session: ComposeSession,
    check: GuardCheck,
    triage: TriageRecord | null,
  ): Promise<{ ok: boolean; message: string; notice?: string }> {
    const next = check.view.next;
    const provider = PROVIDER_LABEL[this.adapter.name];
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
      if (stored.result.value.stored) return this.kept(session, check, triage, { kind: 'chosen' });
    }
    const local = this.adapter.deliversLocally;
    if (check.delivery === 'local' && local) return this.queueLocally(session, check, triage, { kind: 'chosen' });
    const recipients = session.recipients();
    const subject = session.compose.subject();
    const result = await session.compose.scheduleSend(next.sendAt);
    if (!result.ok && !local) {
      return {
        ok: false,
        message: `${provider}'s Schedule send could not be completed (${result.reason}). Your message is still open and unchanged: schedule it yourself for ${next.inUserZone}, or try again.`,
      };
    }
    if (!result.ok) {
      // Automatic fallback (DESIGN §5.1): the reply goes to the local queue; nothing is lost either way.
      const local = await this.queueLocally(session, check, triage, {
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
    await this.record(session, 'scheduled', check, triage, next.sendAt, `${id}:scheduled`, {
      entryId: id,
      status: 'handed-off',
      reason: null,
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
    triage: TriageRecord | null,
    why: EnqueueRequest['why'],
  ): Promise<{ ok: boolean; message: string; notice?: string }> {
    const next = check.view.next;
    const provider = PROVIDER_LABEL[this.adapter.name];
    if (!next)
      return {
        ok: false,
        message: 'No window opens within a year for these recipients, so there is no time to schedule for.',
      };
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
    return this.kept(session, check, triage, why);
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
    triage: TriageRecord | null,
    why: EnqueueRequest['why'],
  ): Promise<{ ok: boolean; message: string; notice?: string }> {
    const next = check.view.next;
    const provider = PROVIDER_LABEL[this.adapter.name];
    if (!next)
      return {
        ok: false,
        message: 'No window opens within a year for these recipients, so there is no time to schedule for.',
      };
    const compose = session.compose;
    // The entry named, so the report counts the reply when the queue delivers it (issue 12).
    const id = this.laterId(session);
    await this.record(session, 'scheduled', check, triage, next.sendAt, `${id}:scheduled`, {
      entryId: id,
      status: 'pending',
      reason: null,
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

  private async record(
    session: ComposeSession,
    kind: LedgerKind,
    check: GuardCheck,
    triage: TriageRecord | null,
    scheduledFor: string | null,
    id: string = newId(),
    queue?: LedgerEventInput['queue'],
  ): Promise<void> {
    const verdict = check.verdict;
    if (verdict.kind === 'unguarded') return; // nobody's boundary: nothing to be consistent about
    const answer = await recordOnce(this.ask, {
      id,
      kind,
      profileIds: verdict.profiles.map((p) => p.id),
      at: new Date().toISOString(),
      requestAt: session.compose.request()?.at ?? null,
      triage,
      provider: this.adapter.name,
      scheduledFor,
      ...(queue === undefined ? {} : { queue }),
    });
    if (!answer.ok) this.failed('writing the ledger', new Error(answer.error.message));
  }

  // ── The popup ────────────────────────────────────────────────────────────────────────────

  composeState(): TabComposeState {
    const provider = this.adapter.name;
    if (!this.adapter.recognisesPage(document)) return { kind: 'unsupported', provider };
    this.sessions.scan();
    const focused = document.activeElement ? this.sessions.sessionOf(document.activeElement) : null;
    const session = focused ?? this.sessions.all().sort((a, b) => b.lastActive - a.lastActive)[0] ?? null;
    if (!session) return { kind: 'no-compose', provider };
    return {
      kind: 'compose',
      compose: {
        id: session.id,
        provider,
        recipients: session.recipients(),
        subject: session.compose.subject(),
        check: session.lastCheck,
      },
    };
  }

  async act(
    composeId: string,
    action: ComposeAction,
  ): Promise<{ ok: true; value: { message: string } } | { ok: false; error: { message: string } }> {
    const session = this.sessions.byId(composeId);
    if (!session) return { ok: false, error: { message: 'That compose window is closed.' } };
    const check = await session.checkNow();
    if (!check) return { ok: false, error: { message: 'Red Cup could not check the boundary for this compose.' } };
    if (action === 'triage' || (action === 'send-now' && check.verdict.kind === 'outside')) {
      await this.openPanel(session, check, true);
      return { ok: true, value: { message: 'Triage is open in the compose window.' } };
    }
    if (action === 'send-now') {
      const control = session.compose.sendControl();
      if (!control) return { ok: false, error: { message: 'Red Cup could not find the Send button of this compose.' } };
      clickGesture(control);
      this.passed(session);
      return { ok: true, value: { message: 'Sent.' } };
    }
    const outcome = await this.scheduleLater(session, check, null);
    return outcome.ok
      ? { ok: true, value: { message: outcome.notice ?? outcome.message } }
      : { ok: false, error: { message: outcome.message } };
  }

  /** Settings changed (a pause): every compose asks again. */
  refreshAll(): void {
    for (const session of this.sessions.all()) session.invalidate();
  }
}
