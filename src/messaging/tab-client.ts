/**
 * Sending a message to a mail tab (tab-protocol.ts), for the worker and the popup: the answer
 * is used only once it has the message's shape (tab-answers.ts).
 */
import type { ExtensionSendMessageArgs } from '@webext-core/messaging';
import { isTabAnswer } from './tab-answers.ts';
import { wire, type TabAnswer, type TabData, type TabMessageName } from './tab-protocol.ts';

/** The sentence of a refusal or failed answer, if `answer` is one. */
function refusalMessage(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null || (answer as { ok?: unknown }).ok !== false) return null;
  const message = (answer as { error?: { message?: unknown } }).error?.message;
  return typeof message === 'string' ? message : null;
}

/**
 * Sends `name` to a tab and answers its reply once it has the message's shape. A reply of
 * another shape — or a refusal, for a message whose answer is not a `Result` — rejects with a
 * sentence, as a tab that does not answer does (callers already treat that as "no answer").
 */
export async function sendTabMessage<K extends TabMessageName>(
  name: K,
  data: TabData<K>,
  ...target: ExtensionSendMessageArgs
): Promise<TabAnswer<K>> {
  const answer = await wire.sendMessage(name, data, ...target);
  if (isTabAnswer(name, answer)) return answer;
  throw new Error(refusalMessage(answer) ?? `the mail tab gave an answer Red Cup does not understand (for "${name}")`);
}
