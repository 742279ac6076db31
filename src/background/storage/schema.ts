/**
 * The shape of the `red-cup` IndexedDB database (DESIGN §4 Storage).
 *
 * Every value is typed `unknown` on purpose: what comes back from disk may have been written by
 * an older version, edited by hand, or damaged, so the repositories must validate it before
 * the rest of Red Cup sees it. The compiler then refuses any read that skips validation.
 */
import type { DBSchema } from 'idb';

export const DB_NAME = 'red-cup';

/** The single key of the one record in the `settings` store. */
export const SETTINGS_KEY = 'settings';

export interface RedCupSchema extends DBSchema {
  /** Client profiles, keyed by `profile.id`. */
  profiles: { key: string; value: unknown };
  /** One record under `SETTINGS_KEY` (out-of-line key: the record itself has no id). */
  settings: { key: string; value: unknown };
  /**
   * Send-later entries, keyed by `entry.id`; `dueAt` is a UTC ISO string so it sorts as time.
   * `by-status-due` ([status, dueAt]) answers "pending and due by now" and "handed-off and not yet
   * due" without reading the other entries (or their reply bodies); `by-waiting-client`
   * counts each client's waiting replies (queue-waiting-keys.ts).
   */
  queue: {
    key: string;
    value: unknown;
    indexes: { 'by-due': string; 'by-status': string; 'by-status-due': [string, string]; 'by-waiting-client': string };
  };
  /**
   * Ledger events, keyed by `event.id` chosen by the writer (not auto-increment): a handler
   * re-run after the worker was stopped half-way writes the same id again instead of a
   * duplicate event. `by-profile` is multiEntry over `profileIds`: one entry per client.
   */
  ledger: {
    key: string;
    value: unknown;
    /**
     * Version 4 (ledger-keys.ts): `by-report-time` (when an event counts in the report),
     * `by-client-report` and `by-client-exception` (one client's period, its exceptions; multiEntry
     * `<profileId> NUL <instant>`), `by-entry` (a queue entry's decision and delivery).
     */
    indexes: {
      'by-time': string;
      'by-profile': string;
      'by-report-time': string;
      'by-client-report': string;
      'by-client-exception': string;
      'by-entry': string;
    };
  };
  /** Version 4: the last name and colour of each deleted client, keyed by its id, so the report still names its record. */
  'archived-clients': { key: string; value: unknown };
  /**
   * Version 4: the report's own small state under fixed keys (`weekly-summary`: the last week
   * shown; `tally-epoch`: see report-days.ts).
   */
  'report-state': { key: string; value: unknown };
  /** Version 5: the report's tallies of closed days, a cache of the ledger (report-days.ts). */
  'report-days': { key: string; value: unknown };
  /** Version 5: the CSV lines of closed days, a cache of the ledger (csv-days.ts). */
  'csv-days': { key: string; value: unknown };
}

export type StoreName =
  'profiles' | 'settings' | 'queue' | 'ledger' | 'archived-clients' | 'report-state' | 'report-days' | 'csv-days';
