/** Comparing recipients as sets of addresses: `Jane <Jane@Acme.com>` and `jane@acme.com` are one. */
import { normalizeRecipient } from '../../../../core/matching.ts';

export function addressKey(text: string): string {
  return normalizeRecipient(text) ?? text.trim().toLowerCase();
}

export function sameAddresses(a: readonly string[], b: readonly string[]): boolean {
  const key = (list: readonly string[]) => [...new Set(list.map(addressKey))].sort().join('\n');
  return key(a) === key(b);
}
