/**
 * The compose guard of one mail tab: what happens to a Send that was held — the panel and the
 * user's decision — and the popup's view of the tab. Sending later is send-later.ts's job,
 * writing the decision to the ledger decision-record.ts's.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import { PROVIDERS } from '../../core/providers.ts';
import { laterRoute } from '../../core/send-later-route.ts';
import type { ComposeAction } from '../../messaging/tab-protocol.ts';
import type { PanelDecision, PanelHandle, TriageRecord } from '../panel/api.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { clickGesture } from '../dom/synthetic.ts';
import { recordDecision, type DecisionRecord } from './decision-record.ts';
import { recordFailure } from './failure-log.ts';
import type { SendHandler } from './interception.ts';
import { loadPanel } from './panel-loader.ts';
import { SendLater, type LaterOutcome } from './send-later.ts';
import type { ComposeSession, SyncDecision } from './session.ts';
import { ComposeSessions } from './sessions.ts';
import { askWorker, type Ask } from './worker-writes.ts';
import { actOnCompose, composeStateOf, insertIntoCompose, type ActAnswer, type StateAnswer } from './popup-bridge.ts';
import type { StatementKind } from '../../core/statement-types.ts';

/** A held send whose verdict does not arrive in this time goes out: the user must always be able to send. */
const CHECK_TIMEOUT_MS = 2_500;

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
  private readonly later: SendLater;

  constructor(
    private readonly adapter: ProviderAdapter,
    private readonly ask: Ask = askWorker,
  ) {
    this.sessions = new ComposeSessions(adapter, (where, error) => this.failed(where, error));
    this.later = new SendLater(
      adapter,
      ask,
      (where, error) => this.failed(where, error),
      (session, decision) => this.record(session, decision),
    );
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
    setTimeout(() => void this.record(session, { kind: 'sent-inside', check, triage: null, scheduledFor: null }), 0);
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
        await this.record(session, { kind: 'cancelled', check, triage: null, scheduledFor: null });
        return;
      }
      if (decision.action === 'send-now') {
        this.closePanel();
        const control = sendingControl(session, pressed);
        if (control) clickGesture(control);
        await this.record(session, { kind: decision.kind, check, triage: decision.triage, scheduledFor: null });
        return;
      }
      handle?.setBusy(
        laterRoute(check.delivery, this.adapter.deliversLocally).first === 'local'
          ? 'Keeping your reply in Red Cup’s queue…'
          : `Handing your reply to ${PROVIDERS[this.adapter.name].label}'s Schedule send…`,
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

  /** Holds the reply until the verdict's next window (send-later.ts). */
  scheduleLater(session: ComposeSession, check: GuardCheck, triage: TriageRecord | null): Promise<LaterOutcome> {
    return this.later.schedule(session, check, triage);
  }

  private async record(session: ComposeSession, decision: DecisionRecord): Promise<void> {
    const problem = await recordDecision(this.ask, this.adapter.name, session, decision);
    if (problem !== null) this.failed('writing the ledger', new Error(problem));
  }

  // ── The popup (popup-bridge.ts) ──────────────────────────────────────────────────────────

  composeState(): StateAnswer {
    return composeStateOf(this.adapter, this.sessions);
  }

  act(composeId: string, action: ComposeAction): Promise<ActAnswer> {
    return actOnCompose(this, composeId, action);
  }

  insert(composeId: string, kind: StatementKind, profileId: string | undefined): Promise<ActAnswer> {
    return insertIntoCompose(this.sessions, composeId, kind, profileId);
  }

  /** Settings changed (a pause): every compose asks again. */
  refreshAll(): void {
    for (const session of this.sessions.all()) session.invalidate();
  }
}
