/**
 * The frame every handler runs in: check the sender against the message table's rule, then the
 * request against the table's schema, then run — and turn anything thrown into a failed
 * `Result`: nothing crosses the message boundary as an exception.
 */
import * as v from 'valibot';
import type { Problem } from '../../core/problem.ts';
import { MESSAGES, type CheckedRequestOf, type MessageName, type Senders } from '../../messaging/messages.ts';
import type { MessageValue, Result } from '../../messaging/protocol.ts';
import { failed, refused } from '../../messaging/result.ts';
import { checkSender, type SenderInfo, type SenderKind } from '../sender-check.ts';
import type { HandlerDeps } from './deps.ts';

/** A handler as the registration calls it; `data` is unchecked input from another context. */
export type Handler<K extends MessageName> = ((
  data: unknown,
  sender: SenderInfo,
  deps: HandlerDeps,
) => Promise<Result<MessageValue<K>>>) & { readonly message: K };

/** Who is asking, once the sender check passed. */
export interface Caller {
  kind: SenderKind;
  /** A content script's mail origins (its frame's and its tab's); empty for our pages. */
  origins: readonly string[];
}

/** What the handler of `K` gets: the request as the table's schema checked it, or `unknown` where the handler checks it. */
export type HandlerRequest<K extends MessageName> = (typeof MESSAGES)[K]['malformed'] extends { handler: string }
  ? unknown
  : CheckedRequestOf<K>;

export interface HandlerSpec<K extends MessageName> {
  /** Says what failed, for the error message: "Could not save the profile". */
  failure: string;
  run: (request: HandlerRequest<K>, deps: HandlerDeps, caller: Caller) => Promise<Result<MessageValue<K>>>;
}

const SENDER_KINDS: { readonly [S in Senders]: readonly SenderKind[] } = {
  pages: ['page'],
  'pages-and-content': ['page', 'content'],
};

function problemsOf(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

/** `data` checked as the table says for `name`; on failure, the refusal to answer. */
export function checkRequest<K extends MessageName>(
  name: K,
  data: unknown,
  now: Date,
): { ok: true; value: HandlerRequest<K> } | { ok: false; refusal: Result<never> } {
  const malformed = MESSAGES[name].malformed as
    | {
        what: string;
        check?: (input: unknown, now: Date) => { ok: true; value: unknown } | { ok: false; problems: Problem[] };
      }
    | { refusal: string }
    | { handler: string };
  if ('handler' in malformed) return { ok: true, value: data as HandlerRequest<K> };
  if ('what' in malformed && malformed.check !== undefined) {
    const checked = malformed.check(data, now);
    if (checked.ok) return { ok: true, value: checked.value as HandlerRequest<K> };
    return { ok: false, refusal: refused(`Refused: ${malformed.what} is not well-formed.`, checked.problems) };
  }
  const parsed = v.safeParse(MESSAGES[name].request, data);
  if (parsed.success) return { ok: true, value: parsed.output as HandlerRequest<K> };
  if ('refusal' in malformed) return { ok: false, refusal: refused(malformed.refusal) };
  return { ok: false, refusal: refused(`Refused: ${malformed.what} is not well-formed.`, problemsOf(parsed.issues)) };
}

/**
 * The handler of message `name`: its sender rule and request schema are the table's
 * (messaging/messages.ts), so a handler cannot pick others.
 */
export function defineHandler<K extends MessageName>(name: K, spec: HandlerSpec<K>): Handler<K> {
  const allow = SENDER_KINDS[MESSAGES[name].senders];
  const handler = async (data: unknown, sender: SenderInfo, deps: HandlerDeps): Promise<Result<MessageValue<K>>> => {
    try {
      const check = checkSender(sender, deps.self);
      if (!check.ok) return refused(`Refused: ${check.reason}.`);
      if (!allow.includes(check.kind)) {
        return refused(`Refused: "${name}" is only answered for Red Cup's own pages, not for a mail page.`);
      }
      const request = checkRequest(name, data, deps.now());
      if (!request.ok) return request.refusal;
      return await spec.run(request.value, deps, { kind: check.kind, origins: check.origins });
    } catch (err) {
      return failed(spec.failure, err);
    }
  };
  return Object.assign(handler, { message: name });
}

/**
 * The messages the content script calls (src/content: `call(…)`), and so the only ones it is
 * answered (`pages-and-content` in the table): the compose guard's check, the three writes a
 * decision in a compose makes (ledger/record, queue/handoff, queue/enqueue), whether such a
 * write was stored when its answer was lost (queue/is-stored: yes or no for one id), and the
 * statement of a client among the compose's recipients (statement/for-compose). Profiles,
 * settings and statuses (every client with its addresses) stay with our pages.
 * define.test.ts holds this list against the handlers and against the content script's calls.
 */
export const CONTENT_MESSAGES: readonly MessageName[] = (Object.keys(MESSAGES) as MessageName[]).filter(
  (name) => MESSAGES[name].senders === 'pages-and-content',
);
