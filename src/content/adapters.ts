/** The adapter for each provider (DESIGN §4): the only place that knows which ones exist. */
import type { ProviderAdapter } from './providers/adapter.ts';
import { gmailAdapter } from './providers/gmail/adapter.ts';
import { outlookAdapter } from './providers/outlook/adapter.ts';
import type { ProviderName } from './provider.ts';

const ADAPTERS: Readonly<Record<ProviderName, ProviderAdapter>> = { gmail: gmailAdapter, outlook: outlookAdapter };

export function adapterFor(provider: ProviderName): ProviderAdapter {
  return ADAPTERS[provider];
}
