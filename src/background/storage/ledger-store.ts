/**
 * The ledger (DESIGN §3): every decision of the guard, per client. Events are keyed by the id
 * their writer chose, so recording the same decision again (a retried message, a handler run
 * again after the worker stopped half-way) replaces it instead of counting it twice. Every read
 * is validated; a record that fails is reported next to the valid ones, never dropped.
 */
import type { IsoInstant } from '../../core/profile.ts';
import type { LedgerEvent } from '../../core/ledger-types.ts';
import { validateLedgerEvent } from '../../core/ledger.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import type { DatabaseProvider } from './connection.ts';
import { invalidRecord } from './invalid-record.ts';

export interface LedgerListing {
  /** In time order (then by id, so equal times keep one order). */
  events: LedgerEvent[];
  invalid: InvalidRecord[];
}

/** Times as stored: UTC ISO strings (`2026-11-24T00:00:00.000Z`). */
export interface LedgerQuery {
  /** Only the events concerning this client. */
  profileId?: string;
  /** Events at or after this instant. */
  from?: IsoInstant;
  /** Events before this instant. */
  to?: IsoInstant;
}

export interface LedgerStore {
  put(event: LedgerEvent): Promise<void>;
  list(query?: LedgerQuery): Promise<LedgerListing>;
}

function timeRange(from: IsoInstant | undefined, to: IsoInstant | undefined): IDBKeyRange | undefined {
  if (from !== undefined && to !== undefined) return IDBKeyRange.bound(from, to, false, true);
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to, true);
  return undefined;
}

function sortByTime(events: LedgerEvent[]): LedgerEvent[] {
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function ledgerStore(database: DatabaseProvider): LedgerStore {
  return {
    async put(event) {
      const db = await database();
      await db.put('ledger', event);
    },

    async list(query = {}) {
      const { profileId, from, to } = query;
      const db = await database();
      const tx = db.transaction('ledger');
      // Without a filter the whole store is read, so a record too damaged to be in an index
      // (no time, no clients) is still reported.
      const source =
        profileId !== undefined
          ? tx.store.index('by-profile')
          : from !== undefined || to !== undefined
            ? tx.store.index('by-time')
            : tx.store;
      const range = profileId !== undefined ? IDBKeyRange.only(profileId) : timeRange(from, to);
      const [keys, values] = await Promise.all([source.getAllKeys(range), source.getAll(range)]);

      // Stored times are UTC ISO strings, so comparing the strings compares the instants.
      const inTime = (at: IsoInstant) => (from === undefined || at >= from) && (to === undefined || at < to);
      const listing: LedgerListing = { events: [], invalid: [] };
      values.forEach((raw, i) => {
        const checked = validateLedgerEvent(raw);
        if (!checked.ok) listing.invalid.push(invalidRecord('ledger', keys[i] ?? '', checked.problems));
        else if (inTime(checked.value.at)) listing.events.push(checked.value);
      });
      sortByTime(listing.events);
      return listing;
    },
  };
}
