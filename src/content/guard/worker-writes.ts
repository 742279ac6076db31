/**
 * Writes the compose guard asks the worker for, when an answer can be lost: the worker may be
 * stopped after the write and before it answers, the extension may be updated, the answer may
 * simply be slow. Every write carries an id its writer chose once per decision, and the worker
 * stores one record per id, so asking again is safe; and before the user is told that a reply
 * was NOT kept (and so tries again, or sends it themselves), the worker is asked whether that id
 * is stored (issue 13 A2: a retried "send later" was stored twice and went out twice).
 */
import { isResult } from '../../messaging/call.ts';
import { refused } from '../../messaging/result.ts';
import {
  sendMessage,
  type MessageName,
  type MessageData,
  type MessageValue,
  type Result,
} from '../../messaging/protocol.ts';

/** An answer, or none: the message failed on its way, or no answer came in time. */
export type Heard<T> = { heard: true; result: Result<T> } | { heard: false; why: string };

export type Ask = <K extends MessageName>(name: K, data: MessageData<K>) => Promise<Heard<MessageValue<K>>>;

/** Longer than a cold worker start with a database upgrade; shorter than a user's patience with a busy panel. */
export const ANSWER_WAIT_MS = 15_000;

/** The worker over the extension's messaging. */
export const askWorker: Ask = async (name, data) => {
  const send = sendMessage as (type: MessageName, payload: unknown) => Promise<unknown>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ANSWER_WAIT_MS)));
  try {
    const answer = await Promise.race([send(name, data), late]);
    if (answer === 'late') return { heard: false, why: 'no answer in time' };
    if (!isResult(answer)) return { heard: false, why: 'an answer Red Cup does not understand' };
    return { heard: true, result: answer as Result<never> };
  } catch (err) {
    return { heard: false, why: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
};

/** How often the worker is asked whether an unanswered write was stored. */
const STORED_ASKS = 3;

export type WriteOutcome =
  /** Stored (answered, or found stored after the answer was lost). */
  | { kind: 'stored' }
  /** The worker answered no (the write was refused), or said the id is not stored: nothing was kept. */
  | { kind: 'not-stored'; message: string }
  /** Nobody could tell: the worker did not answer, not even whether the id is stored. */
  | { kind: 'unknown'; message: string };

/**
 * A queue write (`queue/enqueue` or `queue/handoff`) with the decision's id. When its answer is
 * lost, the worker is asked whether that id is stored; a hand-off, which the provider already
 * holds, is then written once more with the same id (it is stored once either way).
 */
export async function writeQueueOnce<K extends 'queue/enqueue' | 'queue/handoff'>(
  ask: Ask,
  name: K,
  request: MessageData<K> & { id: string },
): Promise<WriteOutcome> {
  const first = await ask(name, request);
  if (first.heard)
    return first.result.ok ? { kind: 'stored' } : { kind: 'not-stored', message: first.result.error.message };
  for (let i = 0; i < STORED_ASKS; i++) {
    const stored = await ask('queue/is-stored', { id: request.id });
    if (!stored.heard) continue;
    if (!stored.result.ok) break;
    if (stored.result.value.stored) return { kind: 'stored' };
    if (name === 'queue/handoff') {
      const again = await ask(name, request);
      if (again.heard && again.result.ok) return { kind: 'stored' };
    }
    return {
      kind: 'not-stored',
      message: `Red Cup's background worker did not answer (${first.why}), and it has not kept the reply`,
    };
  }
  return {
    kind: 'unknown',
    message: `Red Cup's background worker did not answer (${first.why}), and could not say whether it kept the reply`,
  };
}

/** A ledger event with its decision's id: written again with the same id when the answer is lost (it replaces itself). */
export async function recordOnce(ask: Ask, event: MessageData<'ledger/record'>): Promise<Result<{ id: string }>> {
  const first = await ask('ledger/record', event);
  if (first.heard) return first.result;
  const again = await ask('ledger/record', event);
  if (again.heard) return again.result;
  return refused(`Red Cup's background worker did not answer (${again.why}).`);
}
