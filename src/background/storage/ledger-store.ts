/**
 * The ledger (DESIGN §3): every decision of the guard, per client. Events are keyed by the id
 * their writer chose, so recording the same decision again (a retried message, a handler run
 * again after the worker stopped half-way) replaces it instead of counting it twice. Every read
 * is validated; a record that fails is reported next to the valid ones, never dropped.
 *
 * The report reads on the indexes of ledger-keys.ts: a period of all clients, one client's
 * period, the days of the CSV, a client's recent exceptions — never the whole ledger. Pruning and
 * forgetting a client work in bounded batches, one short transaction each (DESIGN §6: ≤ 50 ms).
 */
import type { ArchivedClient, LedgerEvent } from '../../core/ledger-types.ts';
import { readStoredLedgerEvent, validateArchivedClient } from '../../core/ledger.ts';
import type { IsoInstant } from '../../core/profile.ts';
import { entriesToLookUp } from '../../core/report-replies.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { invalidRecord } from './invalid-record.ts';
import { clientRange, END, ledgerRecord, SEP, wholeClient } from './ledger-keys.ts';
import { LEDGER_WRITE_STORES, putLedgerEvent } from './ledger-write.ts';
import { csvDaysStore, type CsvDaysStore } from './csv-days.ts';
import { forgetDaysBefore, reportDaysStore, type ReportDaysStore } from './report-days.ts';

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

/** The events counting in a period, and the earlier events of their queue entries. */
export interface ReportRead extends LedgerListing {
  history: LedgerEvent[];
  /** For each of `invalid`: the instant it is kept under for the report (so a day's tally lists it). */
  invalidAt?: string[];
}

export interface LedgerStore extends ReportDaysStore, CsvDaysStore {
  put(event: LedgerEvent): Promise<void>;
  list(query?: LedgerQuery): Promise<LedgerListing>;
  /** Events whose report time is in [from, to) (report-replies.ts `reportTime`), of all clients or one. */
  forReport(query: { from: IsoInstant; to: IsoInstant; profileId?: string }): Promise<ReportRead>;
  /** Replies outside the boundary per client at or after `since`, counted on the index. */
  exceptionsSince(profileIds: readonly string[], since: IsoInstant): Promise<Map<string, number>>;
  /** The events with `at` in [from, to) (what the CSV lists), in time order, with their entries' earlier events. */
  forCsv(query: { from: IsoInstant; to: IsoInstant }): Promise<ReportRead>;
  /**
   * Deletes up to `limit` events counting in the report before `before` (their `reportAt`: the
   * decision's time, a hand-off's due time), in one transaction; answers how many it
   * deleted and how long the transaction took, from its start to its commit (ms).
   */
  pruneBatch(before: IsoInstant, limit: number): Promise<{ deleted: number; ms: number }>;
  /**
   * Takes one client out of up to `limit` of its events, in one transaction: an event of that
   * client alone is deleted, one of several clients keeps the others. Answers how many it changed.
   */
  forgetClientBatch(profileId: string, limit: number): Promise<number>;
  archiveClient(client: ArchivedClient): Promise<void>;
  archivedClients(): Promise<{ clients: ArchivedClient[]; invalid: InvalidRecord[] }>;
  /** Marks a week's summary shown; false when it already was (so it is never shown twice). */
  claimWeeklySummary(week: string): Promise<boolean>;
}

const WEEKLY_KEY = 'weekly-summary';

function timeRange(from: IsoInstant | undefined, to: IsoInstant | undefined): IDBKeyRange | undefined {
  if (from !== undefined && to !== undefined) return IDBKeyRange.bound(from, to, false, true);
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to, true);
  return undefined;
}

const byTime = (a: LedgerEvent, b: LedgerEvent) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function sortByTime(events: LedgerEvent[]): LedgerEvent[] {
  return events.sort(byTime);
}

/** A record found on an index has its primary key in `id` (the store's key path). */
function keyOf(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '';
}

function readAll(raws: readonly unknown[], into: LedgerListing): void {
  for (const raw of raws) {
    const checked = readStoredLedgerEvent(raw);
    if (checked.ok) into.events.push(checked.value);
    else into.invalid.push(invalidRecord('ledger', keyOf(raw), checked.problems));
  }
}

/**
 * Records read on a time index, validated; each damaged one with the instant it was found under
 * (`field`, the index's key: a day's tally or CSV lines list it), or `fallback`.
 */
function readKeyed(raws: readonly unknown[], field: 'reportAt' | 'at', fallback: string): ReportRead {
  const read: ReportRead = { events: [], invalid: [], history: [], invalidAt: [] };
  for (const raw of raws) {
    const checked = readStoredLedgerEvent(raw);
    if (checked.ok) read.events.push(checked.value);
    else {
      read.invalid.push(invalidRecord('ledger', keyOf(raw), checked.problems));
      read.invalidAt?.push(String((raw as Record<string, unknown>)[field] ?? fallback));
    }
  }
  return read;
}

export function ledgerStore(database: DatabaseProvider): LedgerStore {
  async function history(
    tx: { store: { index(name: 'by-entry'): { getAll(q: IDBKeyRange): Promise<unknown[]> } } },
    events: LedgerEvent[],
  ): Promise<LedgerEvent[]> {
    const wanted = entriesToLookUp(events);
    if (wanted.length === 0) return [];
    const index = tx.store.index('by-entry');
    const found = await Promise.all(wanted.map((id) => index.getAll(IDBKeyRange.only(id))));
    const out: LedgerListing = { events: [], invalid: [] };
    readAll(found.flat(), out);
    return out.events;
  }

  return {
    ...reportDaysStore(database),
    ...csvDaysStore(database),

    async put(event) {
      const db = await database();
      const tx = db.transaction(LEDGER_WRITE_STORES, 'readwrite');
      await commit(tx, () => putLedgerEvent(tx, event, Date.now()));
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
        const checked = readStoredLedgerEvent(raw);
        if (!checked.ok) listing.invalid.push(invalidRecord('ledger', keys[i] ?? '', checked.problems));
        else if (inTime(checked.value.at)) listing.events.push(checked.value);
      });
      sortByTime(listing.events);
      return listing;
    },

    async forReport({ from, to, profileId }) {
      const db = await database();
      const tx = db.transaction('ledger');
      const raws =
        profileId === undefined
          ? await tx.store.index('by-report-time').getAll(IDBKeyRange.bound(from, to, false, true))
          : await tx.store.index('by-client-report').getAll(clientRange(profileId, from, to));
      // Found on a report index, so its report time is there even when the rest is damaged.
      const read = readKeyed(raws, 'reportAt', from);
      read.history = await history(tx, read.events);
      return read;
    },

    async exceptionsSince(profileIds, since) {
      const db = await database();
      const index = db.transaction('ledger').store.index('by-client-exception');
      const counts = await Promise.all(
        profileIds.map((id) => index.count(IDBKeyRange.bound(`${id}${SEP}${since}`, `${id}${SEP}${END}`))),
      );
      return new Map(profileIds.map((id, i) => [id, counts[i] ?? 0]));
    },

    async forCsv({ from, to }) {
      const db = await database();
      const tx = db.transaction('ledger');
      const raws = await tx.store.index('by-time').getAll(IDBKeyRange.bound(from, to, false, true));
      const read = readKeyed(raws, 'at', from);
      sortByTime(read.events);
      read.history = await history(tx, read.events);
      return read;
    },

    async pruneBatch(before, limit) {
      const db = await database();
      const started = performance.now();
      const tx = db.transaction(LEDGER_WRITE_STORES, 'readwrite');
      const store = tx.objectStore('ledger');
      const deleted = await commit(tx, async () => {
        // By the instant each event counts at in the report, so the tallies of exactly the days
        // before `before` are the ones that counted the events deleted.
        const keys = await store.index('by-report-time').getAllKeys(IDBKeyRange.upperBound(before, true), limit);
        await Promise.all(keys.map((key) => store.delete(key)));
        // A tally counted before this batch would still count its events.
        if (keys.length > 0) await forgetDaysBefore(tx, before);
        return keys.length;
      });
      return { deleted, ms: performance.now() - started };
    },

    async forgetClientBatch(profileId, limit) {
      const db = await database();
      const tx = db.transaction(LEDGER_WRITE_STORES, 'readwrite');
      const store = tx.objectStore('ledger');
      return commit(tx, async () => {
        const raws = await store.index('by-client-report').getAll(wholeClient(profileId), limit);
        // The client's events may be in any day's tally: every tally is made again without them.
        if (raws.length > 0) await forgetDaysBefore(tx, END);
        await Promise.all(
          raws.map((raw) => {
            const checked = readStoredLedgerEvent(raw);
            if (!checked.ok) {
              // Damaged: kept on disk for the user to see, but no longer under this client.
              const record = raw as { clientKeys?: unknown };
              const keys = Array.isArray(record.clientKeys)
                ? record.clientKeys.filter((k) => typeof k === 'string' && !k.startsWith(`${profileId}${SEP}`))
                : [];
              return store.put({ ...(raw as object), clientKeys: keys });
            }
            const event = checked.value;
            const others = event.profileIds.filter((id) => id !== profileId);
            if (others.length === 0) return store.delete(event.id);
            const promises = event.promises?.filter((p) => p.profileId !== profileId);
            return store.put(
              ledgerRecord({ ...event, profileIds: others, ...(promises === undefined ? {} : { promises }) }),
            );
          }),
        );
        return raws.length;
      });
    },

    async archiveClient(client) {
      const db = await database();
      await db.put('archived-clients', client);
    },

    async archivedClients() {
      const db = await database();
      const raws = await db.getAll('archived-clients');
      const clients: ArchivedClient[] = [];
      const invalid: InvalidRecord[] = [];
      for (const raw of raws) {
        const checked = validateArchivedClient(raw);
        if (checked.ok) clients.push(checked.value);
        else invalid.push(invalidRecord('archived-clients', keyOf(raw), checked.problems));
      }
      return { clients, invalid };
    },

    async claimWeeklySummary(week) {
      const db = await database();
      const tx = db.transaction(['report-state'], 'readwrite');
      const store = tx.objectStore('report-state');
      return commit(tx, async () => {
        const raw = await store.get(WEEKLY_KEY);
        const last =
          typeof raw === 'object' && raw !== null && 'week' in raw && typeof raw.week === 'string' ? raw.week : null;
        // ISO week labels sort as time: an older week is never shown after a newer one.
        if (last !== null && last >= week) return false;
        await store.put({ week }, WEEKLY_KEY);
        return true;
      });
    },
  };
}
