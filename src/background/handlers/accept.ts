/**
 * The acceptance checks of the messages a compose sends (`queue/enqueue`, `queue/handoff`,
 * `ledger/record`), after their shape was checked: the sender speaks for the provider it names,
 * the clients it names are stored, and (core/reply-acceptance.ts) a local reply's account and
 * body are ones the worker may open and insert. Nothing is stored when one fails.
 */
import type { Problem } from '../../core/problem.ts';
import { providerProblems, unknownProfileProblems, type SentFrom } from '../../core/reply-acceptance.ts';
import type { MailProvider } from '../../core/mail-accounts.ts';
import type { Result } from '../../messaging/protocol.ts';
import type { ProfilesStore } from '../storage/profiles-store.ts';
import type { Caller } from './define.ts';
import { refused } from '../../messaging/result.ts';

export function originOf(caller: Caller): SentFrom {
  return caller.kind === 'page' ? { kind: 'page' } : { kind: 'content', origins: caller.origins };
}

/** Every stored profile's id, the damaged ones too (they are stored; the user can still repair them). */
async function storedProfileIds(profiles: ProfilesStore): Promise<Set<string>> {
  const { profiles: valid, invalid } = await profiles.list();
  return new Set([...valid.map((p) => p.id), ...invalid.filter((r) => r.store === 'profiles').map((r) => r.key)]);
}

export interface Acceptance {
  /** "The reply to send later": what the refusal names. */
  what: string;
  provider: MailProvider;
  profileIds: readonly string[];
  /** Problems found by the message's own checks (a local reply's account and body). */
  problems?: Problem[];
}

/** A refusal naming each problem, or null when the message is accepted. */
export async function refusal(
  profiles: ProfilesStore,
  caller: Caller,
  request: Acceptance,
): Promise<Result<never> | null> {
  const problems = [...providerProblems(request.provider, originOf(caller)), ...(request.problems ?? [])];
  // The stored ids are read only when everything else holds: a refused message costs no read.
  if (problems.length === 0)
    problems.push(...unknownProfileProblems(request.profileIds, await storedProfileIds(profiles)));
  if (problems.length === 0) return null;
  return refused(`Refused: ${request.what} was not accepted. ${problems.map((p) => p.message).join(' ')}`, problems);
}
