/**
 * Recipient matching (DESIGN §3): which client profile an address belongs to.
 *
 * Profiles list addresses (`jane@acme.com`) and domains (`acme.com`, which also covers
 * `eu.acme.com`). Matching ignores case and `+tags`, and reads the forms a compose window
 * gives (`Jane Doe <jane@acme.com>`, `"Doe, Jane" <jane@acme.com>`, `<jane@acme.com>`).
 * An exact address beats a domain; among domains the longest (most specific) wins.
 */
import type { ClientProfile } from './profile.ts';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function isDomain(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.split('.');
  // A bare word ("localhost", "acme") is almost always a typo for an address or a domain.
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** `Jane <Jane+news@ACME.com>` → `jane@acme.com`; null when the text holds no e-mail address. */
export function normalizeRecipient(text: string): string | null {
  const angle = /<([^<>]*)>\s*$/.exec(text);
  const raw = (angle ? angle[1]! : text)
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = raw.lastIndexOf('@');
  if (at <= 0) return null;
  const local = raw.slice(0, at).split('+')[0]!;
  const domain = raw.slice(at + 1).replace(/\.$/, '');
  if (local.length === 0 || /[\s<>,;"]/.test(local) || !isDomain(domain)) return null;
  return `${local}@${domain}`;
}

/**
 * A profile's match entry in the form matching compares: an address as `normalizeRecipient`
 * gives it, a domain lower-cased without a leading `@` or `*.`; null when it is neither.
 */
export function normalizeMatchEntry(entry: string): string | null {
  const text = entry.trim();
  if (text.includes('@') && !text.startsWith('@')) return normalizeRecipient(text);
  const domain = text.replace(/^@/, '').replace(/^\*\./, '').replace(/\.$/, '').toLowerCase();
  return isDomain(domain) ? domain : null;
}

export interface Matcher {
  /** The id of the profile that claims this recipient, or null. */
  match(recipient: string): string | null;
}

/**
 * Builds the lookup once per set of profiles: two maps, so a verdict for 50 recipients against
 * 10,000 entries costs a few map lookups per recipient instead of a scan.
 * When two profiles claim the same entry (validation refuses that, but stored data may be old)
 * the first profile in the list keeps it.
 */
export function buildMatcher(profiles: readonly ClientProfile[]): Matcher {
  const addresses = new Map<string, string>();
  const domains = new Map<string, string>();
  for (const profile of profiles) {
    for (const entry of profile.match) {
      const normalized = normalizeMatchEntry(entry);
      if (normalized === null) continue;
      const target = normalized.includes('@') ? addresses : domains;
      if (!target.has(normalized)) target.set(normalized, profile.id);
    }
  }
  return {
    match(recipient) {
      const address = normalizeRecipient(recipient);
      if (address === null) return null;
      const exact = addresses.get(address);
      if (exact !== undefined) return exact;
      // acme.com, then the parents of eu.acme.com from the most specific down.
      let domain = address.slice(address.indexOf('@') + 1);
      for (;;) {
        const owner = domains.get(domain);
        if (owner !== undefined) return owner;
        const dot = domain.indexOf('.');
        if (dot < 0) return null;
        domain = domain.slice(dot + 1);
      }
    },
  };
}
