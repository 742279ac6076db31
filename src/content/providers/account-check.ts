/**
 * Before a queued reply is filled into a compose, the delivering tab checks that it shows the
 * account the reply was written in (issue 13 A6). The mail UI's URL does not name the account
 * for sure — Gmail's `u/<n>` is the account's place in the browser's sign-in order, which Google
 * renumbers — so the check is on the address the page shows. A different or unknown account is
 * never sent from: the reply waits, and the reason says why (short, no addresses).
 */
import { PROVIDERS } from '../../core/providers.ts';
import type { ProviderAdapter } from './adapter.ts';

/** Null when this page shows the account `expected` names, else why the reply must not go from here. */
export async function accountProblem(
  adapter: Pick<ProviderAdapter, 'name' | 'accountAddress'>,
  doc: Document,
  expected: string | undefined,
): Promise<string | null> {
  const provider = PROVIDERS[adapter.name].label;
  if (!expected)
    return `Red Cup does not know which ${provider} account this reply goes out from (it was queued before Red Cup recorded it); open it in a compose window to send it.`;
  const here = await adapter.accountAddress(doc).catch(() => null);
  if (here === null)
    return `The ${provider} tab does not show which account is signed in, so the reply was not sent from it.`;
  if (here !== expected.trim().toLowerCase())
    return `The ${provider} tab is signed in to a different account than the one the reply was written in, so it was not sent from it.`;
  return null;
}
