/**
 * The frame every handler runs in: check the sender first, then run, and turn anything thrown
 * into a failed `Result` — nothing crosses the message boundary as an exception.
 */
import type { MessageName, MessageValue, Result } from '../../messaging/protocol.ts';
import { checkSender, type SenderInfo, type SenderKind } from '../sender-check.ts';
import type { HandlerDeps } from './deps.ts';
import { failed, refused } from '../../messaging/result.ts';

/** A handler as the registration calls it; `data` is unchecked input from another context. */
export type Handler<K extends MessageName> = (
  data: unknown,
  sender: SenderInfo,
  deps: HandlerDeps,
) => Promise<Result<MessageValue<K>>>;

/** Who is asking, once the sender check passed. */
export interface Caller {
  kind: SenderKind;
  /** A content script's mail origins (its frame's and its tab's); empty for our pages. */
  origins: readonly string[];
}

export interface HandlerSpec<K extends MessageName> {
  name: K;
  /**
   * Which of our own senders may call it. A content script runs inside the mail page, where a
   * page script may have found a way to talk through it, so it gets exactly the messages it
   * calls (CONTENT_MESSAGES) and nothing else; everything else is for extension pages.
   */
  allow: readonly SenderKind[];
  /** Says what failed, for the error message: "Could not save the profile". */
  failure: string;
  run: (data: unknown, deps: HandlerDeps, caller: Caller) => Promise<Result<MessageValue<K>>>;
}

export function defineHandler<K extends MessageName>(spec: HandlerSpec<K>): Handler<K> {
  return async (data, sender, deps) => {
    try {
      const check = checkSender(sender, deps.self);
      if (!check.ok) return refused(`Refused: ${check.reason}.`);
      if (!spec.allow.includes(check.kind)) {
        return refused(`Refused: "${spec.name}" is only answered for Red Cup's own pages, not for a mail page.`);
      }
      return await spec.run(data, deps, { kind: check.kind, origins: check.origins });
    } catch (err) {
      return failed(spec.failure, err);
    }
  };
}

export const PAGES_ONLY: readonly SenderKind[] = ['page'];
/** Only for the messages in CONTENT_MESSAGES. */
export const PAGES_AND_CONTENT: readonly SenderKind[] = ['page', 'content'];

/**
 * The messages the content script calls (src/content: `call(…)`), and so the only ones it is
 * answered: the compose guard's check, the three writes a decision in a compose makes, and
 * whether such a write was stored when its answer was lost (queue/is-stored: yes or no for one id),
 * and the statement of a client among the compose's recipients (statement/for-compose).
 * Profiles, settings and statuses (every client with its addresses) stay with our pages.
 * define.test.ts holds this list against the handlers and against the content script's calls.
 */
export const CONTENT_MESSAGES = [
  'guard/check',
  'statement/for-compose',
  'ledger/record',
  'queue/handoff',
  'queue/enqueue',
  'queue/is-stored',
] as const satisfies readonly MessageName[];
