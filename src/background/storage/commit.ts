/**
 * Finishing a read-write transaction all-or-nothing. IndexedDB throws some errors
 * synchronously (a record without its key path is a `DataError` at `put` time): without an
 * explicit abort, the requests queued before the throw would still commit, and an import
 * could land half applied.
 */
import type { IDBPTransaction } from 'idb';
import type { RedCupSchema, StoreName } from './schema.ts';

type WriteTx = IDBPTransaction<RedCupSchema, StoreName[], 'readwrite'>;

/**
 * Runs `work` (this transaction's reads and writes, awaiting only its own requests) and waits
 * for the commit. On any failure — thrown or rejected — aborts and rethrows the first error.
 */
export async function commit<T>(tx: WriteTx, work: () => Promise<T>): Promise<T> {
  try {
    const [result] = await Promise.all([work(), tx.done]);
    return result;
  } catch (err) {
    // After an abort `tx.done` rejects too; the first error is the one worth reporting.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      /* already finished or aborted */
    }
    throw err;
  }
}

/**
 * Queues one `put` per value. If a `put` throws synchronously, the requests queued before it
 * will be aborted with the transaction: their rejections are observed here, and the throw is
 * passed on for `commit` to abort and report.
 */
export function putAll<V>(store: { put(value: V): Promise<unknown> }, values: readonly V[]): Promise<unknown[]> {
  const queued: Promise<unknown>[] = [];
  try {
    for (const value of values) queued.push(store.put(value));
  } catch (err) {
    for (const request of queued) request.catch(() => undefined);
    return Promise.reject(err);
  }
  return Promise.all(queued);
}
