/**
 * The ledger's side of a decision made in a compose (DESIGN §3 "Ledger event"): who it concerns,
 * when, the request it answers and what the user chose. Nothing of the message itself is sent.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import type { LedgerEventInput, LedgerKind } from '../../core/ledger-types.ts';
import type { ProviderName } from '../../core/providers.ts';
import type { TriageRecord } from '../panel/api.ts';
import type { ComposeSession } from './session.ts';
import { recordOnce, type Ask } from './worker-writes.ts';

export function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export interface DecisionRecord {
  kind: LedgerKind;
  check: GuardCheck;
  triage: TriageRecord | null;
  scheduledFor: string | null;
  /** One id per decision, so a retried write replaces instead of counting twice. */
  id?: string;
  queue?: LedgerEventInput['queue'];
}

/** Records one decision; answers why it could not be written, or null. Unguarded sends are not recorded. */
export async function recordDecision(
  ask: Ask,
  provider: ProviderName,
  session: ComposeSession,
  decision: DecisionRecord,
): Promise<string | null> {
  const { kind, check, triage, scheduledFor, id = newId(), queue } = decision;
  const verdict = check.verdict;
  if (verdict.kind === 'unguarded') return null; // nobody's boundary: nothing to be consistent about
  const answer = await recordOnce(ask, {
    id,
    kind,
    profileIds: verdict.profiles.map((p) => p.id),
    at: new Date().toISOString(),
    requestAt: session.compose.request()?.at ?? null,
    triage,
    provider,
    scheduledFor,
    ...(queue === undefined ? {} : { queue }),
  });
  return answer.ok ? null : answer.error.message;
}
