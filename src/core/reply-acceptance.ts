/**
 * What the worker accepts from a compose, beyond the shape of the message (DESIGN §7): a
 * reply or a decision about a provider comes from a page of that provider; a local reply's
 * account is one of the provider's mail pages (the worker opens it as a tab) and its body keeps
 * the allow-list (the worker inserts it into a page later). Each problem is a sentence.
 */
import { htmlProblem } from './html-allow-list.ts';
import { accountOrigin, accountProblem, senderProblem, threadUrlProblem, type MailProvider } from './mail-accounts.ts';
import type { Problem } from './problem.ts';
import type { LocalReply } from './queue-types.ts';

/**
 * Where a message came from: `page` (our own extension page: trusted, names no mail page) or
 * a content script with the mail origins it speaks from (its frame's and its tab's).
 */
export type SentFrom = { kind: 'page' } | { kind: 'content'; origins: readonly string[] };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** A content script may speak only for the provider whose page it runs in. */
export function providerProblems(provider: MailProvider, from: SentFrom): Problem[] {
  if (from.kind === 'page') return [];
  const problem = senderProblem(provider, from.origins);
  return problem === null ? [] : [{ path: 'provider', message: sentence(problem) }];
}

/**
 * A local reply, besides its provider (providerProblems): for an account of the page it came
 * from, with a conversation of that account and a body that keeps the allow-list.
 */
export function localReplyProblems(
  request: { provider: MailProvider; account: string; reply: LocalReply },
  from: SentFrom,
): Problem[] {
  const problems: Problem[] = [];
  const account = accountProblem(request.provider, request.account);
  const fromItsProvider = providerProblems(request.provider, from).length === 0;
  if (account !== null) {
    problems.push({ path: 'account', message: sentence(account) });
  } else if (
    from.kind === 'content' &&
    fromItsProvider &&
    !from.origins.includes(accountOrigin(request.provider, request.account) ?? '')
  ) {
    problems.push({
      path: 'account',
      message: sentence(
        `the mail account ${request.account} is not the account of the page the reply came from (${from.origins.join(', ')})`,
      ),
    });
  }
  const thread = request.reply.thread;
  const threadProblem = thread === null || account !== null ? null : threadUrlProblem(request.account, thread.url);
  if (threadProblem !== null) problems.push({ path: 'reply.thread.url', message: sentence(threadProblem) });
  const body = htmlProblem(request.reply.html);
  if (body !== null) problems.push({ path: 'reply.html', message: sentence(body) });
  return problems;
}

const MAX_NAMED = 3;

function shown(id: string): string {
  return JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id);
}

/**
 * Profile ids that name no stored profile. A decision or a reply is recorded per client, so an
 * id the user never had (or just deleted) would count for nobody, or for a client created later.
 */
export function unknownProfileProblems(ids: readonly string[], stored: ReadonlySet<string>): Problem[] {
  const unknown = [...new Set(ids)].filter((id) => !stored.has(id));
  if (unknown.length === 0) return [];
  const named = unknown.slice(0, MAX_NAMED).map(shown).join(', ');
  const more = unknown.length > MAX_NAMED ? ` and ${(unknown.length - MAX_NAMED).toLocaleString('en-US')} more` : '';
  const which = unknown.length === 1 ? 'a client' : 'clients';
  return [
    {
      path: 'profileIds',
      message: `It names ${which} Red Cup does not have (${named}${more}); the client may just have been deleted — reload the mail page and try again.`,
    },
  ];
}
