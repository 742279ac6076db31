/**
 * The popup's view of a mail tab (tab/compose-state) and what it may do to a compose there
 * (tab/compose-act): the same held-send paths the Send button takes, never a way around them.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import { ok, refused, type Result } from '../../messaging/result.ts';
import type { StatementKind } from '../../core/statement-types.ts';
import type { ComposeAction, TabComposeState } from '../../messaging/tab-protocol.ts';
import { caretIn } from '../dom/caret.ts';
import { clickGesture } from '../dom/synthetic.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import type { LaterOutcome } from './send-later.ts';
import type { ComposeSession } from './session.ts';
import type { ComposeSessions } from './sessions.ts';

/** What tab/compose-act answers (tab-protocol.ts). */
export type ActAnswer = Result<{ message: string }>;

/** What the popup needs of the guard. */
export interface GuardForPopup {
  readonly sessions: ComposeSessions;
  openPanel(session: ComposeSession, check: GuardCheck, startWithTriage: boolean): Promise<void>;
  passed(session: ComposeSession): void;
  scheduleLater(session: ComposeSession, check: GuardCheck, triage: null): Promise<LaterOutcome>;
}

/** What tab/compose-state answers (tab-protocol.ts): a `Result`, like its siblings. */
export type StateAnswer = Result<TabComposeState>;

/** The compose the user is in (focused, else the last one used), or why there is none. */
export function composeStateOf(adapter: ProviderAdapter, sessions: ComposeSessions): StateAnswer {
  const provider = adapter.name;
  if (!adapter.recognisesPage(document)) return ok({ kind: 'unsupported', provider });
  sessions.scan();
  const focused = document.activeElement ? sessions.sessionOf(document.activeElement) : null;
  const session = focused ?? sessions.all().sort((a, b) => b.lastActive - a.lastActive)[0] ?? null;
  if (!session) return ok({ kind: 'no-compose', provider });
  return ok({
    kind: 'compose',
    compose: {
      id: session.id,
      provider,
      recipients: session.recipients(),
      subject: session.compose.subject(),
      check: session.lastCheck,
    },
  });
}

/** Checks the boundary again, then: triage in the compose, send (inside only), or send later. */
export async function actOnCompose(guard: GuardForPopup, composeId: string, action: ComposeAction): Promise<ActAnswer> {
  const session = guard.sessions.byId(composeId);
  if (!session) return refused('That compose window is closed.');
  const check = await session.checkNow();
  if (!check) return refused('Red Cup could not check the boundary for this compose.');
  if (action === 'triage' || (action === 'send-now' && check.verdict.kind === 'outside')) {
    await guard.openPanel(session, check, true);
    return ok({ message: 'Triage is open in the compose window.' });
  }
  if (action === 'send-now') {
    const control = session.compose.sendControl();
    if (!control) return refused('Red Cup could not find the Send button of this compose.');
    clickGesture(control);
    guard.passed(session);
    return ok({ message: 'Sent.' });
  }
  const outcome = await guard.scheduleLater(session, check, null);
  return outcome.ok ? ok({ message: outcome.notice ?? outcome.message }) : refused(outcome.message);
}

/**
 * The popup's "Insert my boundaries" (issue 15): the same insertion as the pill's menu. The page
 * keeps its selection while the popup has the focus, so the caret the user left in the body is
 * still there to insert at. Several clients and none chosen: the answer asks the popup to choose.
 */
export async function insertIntoCompose(
  sessions: ComposeSessions,
  composeId: string,
  kind: StatementKind,
  profileId: string | undefined,
): Promise<ActAnswer> {
  const session = sessions.byId(composeId);
  if (!session) return refused('That compose window is closed.');
  let insertStatement: typeof import('../statement/insert.ts').insertStatement;
  try {
    ({ insertStatement } = await import('../statement/insert.ts'));
  } catch {
    return refused('Red Cup could not load its insertion code: reload the mail page.');
  }
  const caret = caretIn(session.compose.bodyEditor());
  const outcome = await insertStatement({
    compose: session.compose,
    kind,
    caret,
    ...(profileId === undefined ? {} : { profileId }),
  });
  if (outcome.kind === 'inserted') return ok({ message: outcome.message });
  if (outcome.kind === 'failed') return refused(outcome.message);
  const names = outcome.clients.map((c) => c.name).join(', ');
  return refused(`Several clients are among the recipients (${names}): choose one.`);
}
