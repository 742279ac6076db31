/**
 * Which mail pages belong to which provider, and what a mail account's address looks like
 * (DESIGN §4, §7). The worker opens a queued reply's account as a tab, so an account it accepts
 * must be one of the provider's own mail pages — never "any https address" a message names.
 */
import { PROVIDER_NAMES, PROVIDERS, type ProviderName } from './providers.ts';

export type MailProvider = ProviderName;

/** `https://mail.google.com` → `gmail`; any other origin (http, a look-alike host, a port) → null. */
export function providerOfOrigin(origin: string): MailProvider | null {
  for (const provider of PROVIDER_NAMES) {
    if (PROVIDERS[provider].hosts.some((host) => origin === `https://${host}`)) return provider;
  }
  return null;
}

/**
 * An account is written exactly as the adapters write it (src/content/providers/<p>/account.ts):
 * Gmail `https://mail.google.com/mail/u/<n>/`, Outlook `https://<host>/mail/` (one mailbox per
 * host). Nothing else: no query, fragment, user name, port or other path.
 */
const GMAIL_ACCOUNT = /^https:\/\/mail\.google\.com\/mail\/u\/\d{1,3}\/$/;

function outlookAccountHost(account: string): string | null {
  const match = /^https:\/\/([a-z0-9.]+)\/mail\/$/.exec(account);
  return match?.[1] !== undefined && (PROVIDERS.outlook.hosts as readonly string[]).includes(match[1])
    ? match[1]
    : null;
}

/** The origin of an account address the provider's shape allows, else null. */
export function accountOrigin(provider: MailProvider, account: string): string | null {
  if (provider === 'gmail') return GMAIL_ACCOUNT.test(account) ? 'https://mail.google.com' : null;
  const host = outlookAccountHost(account);
  return host === null ? null : `https://${host}`;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Why `account` is not one of `provider`'s mail accounts, or null when it is. */
export function accountProblem(provider: MailProvider, account: string): string | null {
  if (accountOrigin(provider, account) !== null) return null;
  return `the mail account ${quoted(account)} is not ${PROVIDERS[provider].withArticle} mail address (expected ${PROVIDERS[provider].accountShape})`;
}

/**
 * A conversation's address must be a page of the same account (Gmail: the account followed by
 * `#…`; Outlook: the account itself or a page under it), so it cannot point anywhere else.
 */
export function threadUrlProblem(account: string, url: string): string | null {
  if (url === account) return null;
  const rest = url.startsWith(account) ? url.slice(account.length) : null;
  if (rest !== null && /^[#a-zA-Z0-9]/.test(rest) && !/[\s\\]|\.\./.test(rest)) return null;
  return `the conversation's address ${quoted(url)} is not a page of the account ${quoted(account)}`;
}

/**
 * Whether a content script's page may speak for `provider`: every origin known for it (its
 * frame's and its tab's) must be one of that provider's mail hosts.
 */
export function senderProblem(provider: MailProvider, origins: readonly string[]): string | null {
  const foreign = origins.find((origin) => providerOfOrigin(origin) !== provider);
  if (origins.length > 0 && foreign === undefined) return null;
  const a = PROVIDERS[provider].withArticle;
  return `${a} reply can only come from ${a} page, and this one came from ${foreign ?? 'an unknown page'}`;
}
