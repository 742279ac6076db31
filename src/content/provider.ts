/**
 * Which mail provider a page belongs to, from its host alone (DESIGN §4). Provider DOM
 * knowledge does not live here: each provider's selectors go under `providers/<name>/`.
 */
export type ProviderName = 'gmail' | 'outlook';

const HOSTS: Readonly<Record<string, ProviderName>> = {
  'mail.google.com': 'gmail',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.live.com': 'outlook',
};

export function providerForHost(host: string): ProviderName | null {
  return HOSTS[host.toLowerCase()] ?? null;
}
