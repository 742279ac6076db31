/**
 * The adapters' facades over code loaded with `import()` on first use (DESIGN §6 start-up
 * budget): each provider keeps its own `import()` (so that its chunk is its own), and this says
 * once what a facade answers when the chunk cannot be loaded. Part of the start-up bundle: types
 * only from the delivery code.
 */
import type { LocalReply } from '../../../core/queue-types.ts';
import type { SentQuery } from '../../../messaging/tab-protocol.ts';
import type { FilledCompose, ProviderAdapter } from '../adapter.ts';

/** The failure a facade answers when `what` (the delivery code, the scheduler…) could not be loaded. */
export const notLoaded =
  (what: string) =>
  (error: unknown): { ok: false; reason: string } => ({
    ok: false,
    reason: `${what} could not be loaded (${String(error)})`,
  });

type Opened = { ok: true; filled: FilledCompose } | { ok: false; reason: string };

/** The delivery's modules as a provider loads them: its delivery/open.ts and delivery/lists.ts. */
export interface DeliveryLoaders {
  open(): Promise<{ openFilledCompose(doc: Document, subject: string, reply: LocalReply): Promise<Opened> }>;
  lists(): Promise<{ findSent(doc: Document, query: SentQuery): Promise<'yes' | 'no' | 'unknown'> }>;
}

/** `openCompose` and `findSent` of an adapter, loading its delivery code on first use. */
export function lazyDelivery(load: DeliveryLoaders): Pick<ProviderAdapter, 'openCompose' | 'findSent'> {
  return {
    openCompose(doc, subject, reply) {
      return load
        .open()
        .then(({ openFilledCompose }) => openFilledCompose(doc, subject, reply), notLoaded('the delivery code'));
    },
    /** The provider's Sent list (delivery/lists.ts), else `unknown`: the worker then leaves the reply to the user. */
    findSent(doc, query) {
      return load.lists().then(
        ({ findSent }) => findSent(doc, query),
        () => 'unknown' as const,
      );
    },
  };
}
