/**
 * A deleted client's record (issue 12 §6): kept under its last name and colour, or forgotten.
 */
import type { HandlerDeps } from '../handlers/deps.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';

/** Events changed per transaction: a few ms each, so no transaction comes near 50 ms. */
export const FORGET_BATCH = 200;

/** Remembers the profile's name and colour before it is deleted (nothing when it is not stored). */
export async function rememberDeletedClient(
  deps: Pick<HandlerDeps, 'profiles' | 'ledger' | 'now'>,
  id: string,
): Promise<void> {
  const { profiles } = await deps.profiles.list();
  const profile = profiles.find((p) => p.id === id);
  if (profile === undefined) return;
  await deps.ledger.archiveClient({
    id,
    name: profile.name,
    color: profile.color,
    deletedAt: deps.now().toISOString(),
  });
}

/** Takes the client out of every ledger event, one short transaction per batch. */
export async function forgetClientRecord(ledger: LedgerStore, id: string): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = await ledger.forgetClientBatch(id, FORGET_BATCH);
    total += changed;
    if (changed < FORGET_BATCH) return total;
  }
}
