/**
 * The frame every handler runs in: check the sender first, then run, and turn anything thrown
 * into a failed `Result` — nothing crosses the message boundary as an exception.
 */
import type { MessageName, MessageValue, Result } from '../../messaging/protocol.ts';
import { checkSender, type SenderInfo, type SenderKind } from '../sender-check.ts';
import type { HandlerDeps } from './deps.ts';
import { failed, refused } from './result.ts';

/** A handler as the registration calls it; `data` is unchecked input from another context. */
export type Handler<K extends MessageName> = (data: unknown, sender: SenderInfo, deps: HandlerDeps) => Promise<Result<MessageValue<K>>>;

export interface HandlerSpec<K extends MessageName> {
  name: K;
  /**
   * Which of our own senders may call it. Content scripts run inside the mail page, so they
   * get only what the compose guard needs (reads); changing data is for extension pages.
   */
  allow: readonly SenderKind[];
  /** Says what failed, for the error message: "Could not save the profile". */
  failure: string;
  run: (data: unknown, deps: HandlerDeps) => Promise<Result<MessageValue<K>>>;
}

export function defineHandler<K extends MessageName>(spec: HandlerSpec<K>): Handler<K> {
  return async (data, sender, deps) => {
    try {
      const check = checkSender(sender, deps.self);
      if (!check.ok) return refused(`Refused: ${check.reason}.`);
      if (!spec.allow.includes(check.kind)) {
        return refused(`Refused: "${spec.name}" is only answered for Red Cup's own pages, not for a mail page.`);
      }
      return await spec.run(data, deps);
    } catch (err) {
      return failed(spec.failure, err);
    }
  };
}

export const PAGES_ONLY: readonly SenderKind[] = ['page'];
export const PAGES_AND_CONTENT: readonly SenderKind[] = ['page', 'content'];
