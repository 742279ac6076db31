/**
 * The report's index keys on a ledger record (version 4), derived from the event when it is
 * written, so a period is read on an index instead of the whole ledger (DESIGN §6: the 12-week
 * overview ≤ 300 ms with 500,000 events stored):
 *
 * - `reportAt` (index `by-report-time`): the instant the event counts at in the report
 *   (report-replies.ts `reportTime`: a provider hand-off at its due time, not when decided).
 * - `clientKeys` (multiEntry, `by-client-report`): `<profileId> NUL <reportAt>`, one per client:
 *   one client's period without reading the other 49 clients'.
 * - `exceptionKeys` (multiEntry, `by-client-exception`): the same for replies outside the
 *   boundary only, so the drift warning counts a client's last 14 days on the index.
 * - `queue.entryId` (`by-entry`) is the event's own field: a queue entry's decision and delivery.
 *
 * Every writer of ledger records goes through `ledgerRecord` (this store, and the queue store's
 * state changes); the fields are dropped again when a record is read and validated.
 */
import type { LedgerEvent, LedgerKind } from '../../core/ledger-types.ts';
import { EXCEPTION_KINDS, reportTime } from '../../core/report-replies.ts';

export const SEP = '\u0000';
/** Above every character of an id or an ISO time. */
export const END = '\uffff';

export interface LedgerKeys {
  reportAt: string;
  clientKeys: string[];
  exceptionKeys: string[];
}

type KeySource = Pick<LedgerEvent, 'kind' | 'at' | 'scheduledFor' | 'queue' | 'profileIds'>;

export function ledgerKeys(event: KeySource): LedgerKeys {
  const reportAt = reportTime(event);
  const clients = [...new Set(event.profileIds)];
  return {
    reportAt,
    clientKeys: clients.map((id) => `${id}${SEP}${reportAt}`),
    exceptionKeys: EXCEPTION_KINDS.includes(event.kind) ? clients.map((id) => `${id}${SEP}${event.at}`) : [],
  };
}

/** The record as stored: the event and its report keys. */
export function ledgerRecord(event: LedgerEvent): LedgerEvent & LedgerKeys {
  return { ...event, ...ledgerKeys(event) };
}

/** One client's keys from `from` (inclusive) to `to` (exclusive), ISO instants. */
export function clientRange(profileId: string, from: string, to: string): IDBKeyRange {
  return IDBKeyRange.bound(`${profileId}${SEP}${from}`, `${profileId}${SEP}${to}`, false, true);
}

/** Every key of one client. */
export function wholeClient(profileId: string): IDBKeyRange {
  return IDBKeyRange.bound(`${profileId}${SEP}`, `${profileId}${SEP}${END}`);
}

/**
 * The report keys of a record as an older version stored it (the upgrade step): null when the
 * record is too damaged to have them (it stays as it is, and is reported when read).
 */
export function keysOfRaw(record: unknown): LedgerKeys | null {
  if (typeof record !== 'object' || record === null) return null;
  const { kind, at, scheduledFor, queue, profileIds } = record as Record<string, unknown>;
  if (typeof kind !== 'string' || typeof at !== 'string') return null;
  if (!Array.isArray(profileIds) || !profileIds.every((p): p is string => typeof p === 'string')) return null;
  const q = typeof queue === 'object' && queue !== null ? (queue as Record<string, unknown>) : null;
  return ledgerKeys({
    kind: kind as LedgerKind,
    at,
    scheduledFor: typeof scheduledFor === 'string' ? scheduledFor : null,
    queue:
      q !== null && typeof q.entryId === 'string' && typeof q.status === 'string'
        ? ({ entryId: q.entryId, status: q.status, reason: null } as LedgerEvent['queue'])
        : undefined,
    profileIds,
  });
}
