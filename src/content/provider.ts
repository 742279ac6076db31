/**
 * Which mail provider a page belongs to, from its host alone: the providers table (src/core/
 * providers.ts) answers it. Provider DOM knowledge does not live there: each provider's selectors
 * go under `providers/<name>/`.
 */
export { providerForHost, type ProviderName } from '../core/providers.ts';
