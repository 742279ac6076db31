/**
 * The one way a ledger event is written (ledger-store.ts, and the queue store's state changes):
 * the record with its report keys (ledger-keys.ts), and, in the same commit, the report's tally
 * and CSV lines of its day dropped (report-days.ts), so no report ever counts a day without it.
 */
import type { IDBPTransaction } from 'idb';
import type { LedgerEvent } from '../../core/ledger-types.ts';
import { ledgerRecord } from './ledger-keys.ts';
import { forgetDaysHolding } from './report-days.ts';
import type { RedCupSchema, StoreName } from './schema.ts';

/** The stores a transaction writing ledger events needs in its scope. */
export const LEDGER_WRITE_STORES = [
  'ledger',
  'report-days',
  'csv-days',
  'report-state',
] as const satisfies readonly StoreName[];

type WriteTx = IDBPTransaction<RedCupSchema, StoreName[], 'readwrite'>;

/** Writes `event` (replacing one of the same id) in `tx`; `now` (ms) tells a late write into a closed day. */
export async function putLedgerEvent(tx: WriteTx, event: LedgerEvent, now: number): Promise<void> {
  const record = ledgerRecord(event);
  await Promise.all([tx.objectStore('ledger').put(record), forgetDaysHolding(tx, record, now)]);
}
