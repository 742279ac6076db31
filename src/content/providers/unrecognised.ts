/**
 * The adapter for a provider whose layout Red Cup cannot read yet: it finds nothing, so the
 * popup says "this layout is not supported yet" and no send is ever held (issue 3: "the user
 * must always be able to send").
 */
import type { ProviderName } from '../provider.ts';
import type { ProviderAdapter } from './adapter.ts';

export function unrecognisedAdapter(name: ProviderName): ProviderAdapter {
  return {
    name,
    recognisesPage: () => false,
    findComposeRoots: () => [],
    composeRootOf: () => null,
    compose: () => {
      throw new Error(`Red Cup does not read ${name} composes yet`);
    },
    isSendControl: () => false,
    isSendShortcut: () => false,
  };
}
