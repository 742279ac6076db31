/** The adapter for each provider (DESIGN §4): the only place that knows which ones exist. */
import type { ProviderAdapter } from './providers/adapter.ts';
import { gmailAdapter } from './providers/gmail/adapter.ts';
import { unrecognisedAdapter } from './providers/unrecognised.ts';
import type { ProviderName } from './provider.ts';

// Outlook's adapter is being built; until then Outlook pages are reported as not supported.
const ADAPTERS: Readonly<Record<ProviderName, ProviderAdapter>> = { gmail: gmailAdapter, outlook: unrecognisedAdapter('outlook') };

export function adapterFor(provider: ProviderName): ProviderAdapter {
  return ADAPTERS[provider];
}
