/**
 * The upgrade steps of the `red-cup` database, one per version, oldest first
 * (see upgrade-runner.ts). Append a step to add a version; never edit a released one, and give
 * every new step a test that upgrades real data written by the version before it.
 */
import type { QueueStatus } from '../../core/queue-types.ts';
import { keysOfRaw } from './ledger-keys.ts';
import { WAITING_KEYS_FIELD, waitingKeys } from './queue-waiting-keys.ts';
import type { UpgradeStep } from './upgrade-runner.ts';

/** 0 → 1: the four stores of DESIGN §4 and their indexes. */
const createStores: UpgradeStep = ({ db }) => {
  db.createObjectStore('profiles', { keyPath: 'id' });
  db.createObjectStore('settings');
  const queue = db.createObjectStore('queue', { keyPath: 'id' });
  queue.createIndex('by-due', 'dueAt');
  queue.createIndex('by-status', 'status');
  const ledger = db.createObjectStore('ledger', { keyPath: 'id' });
  ledger.createIndex('by-time', 'at');
  ledger.createIndex('by-profile', 'profileId');
};

/**
 * 1 → 2: a ledger event names all the clients it concerns (`profileIds`, a list), so the
 * `by-profile` index, declared on a single `profileId` in version 1, is rebuilt on the list with
 * one index entry per client (multiEntry). Version 1 wrote no ledger events; a record of the old
 * shape found anyway is carried over to the new one rather than left out of the index.
 */
const ledgerByProfiles: UpgradeStep = async ({ tx }) => {
  const ledger = tx.objectStore('ledger');
  ledger.deleteIndex('by-profile');
  ledger.createIndex('by-profile', 'profileIds', { multiEntry: true });
  let cursor = await ledger.openCursor();
  while (cursor) {
    const record: unknown = cursor.value;
    if (typeof record === 'object' && record !== null && 'profileId' in record && !('profileIds' in record)) {
      const { profileId, ...rest } = record;
      await cursor.update({ ...rest, profileIds: typeof profileId === 'string' ? [profileId] : [] });
    }
    cursor = await cursor.continue();
  }
};

/**
 * 2 → 3: two queue indexes so the popup and the delivery engine never read every waiting
 * reply's body. `by-status-due` ([status, dueAt]): "pending and due by now", "handed-off and
 * still ahead". `by-waiting-client` (multiEntry, queue-waiting-keys.ts): each client's waiting
 * replies, counted without reading them. The stored entries get their keys here.
 */
const queueIndexes: UpgradeStep = async ({ tx }) => {
  const queue = tx.objectStore('queue');
  queue.createIndex('by-status-due', ['status', 'dueAt']);
  queue.createIndex('by-waiting-client', WAITING_KEYS_FIELD, { multiEntry: true });
  let cursor = await queue.openCursor();
  while (cursor) {
    const record: unknown = cursor.value;
    if (typeof record === 'object' && record !== null) {
      const { status, profileIds, dueAt } = record as Record<string, unknown>;
      // A damaged record stays as it is (queue/list reports it); it is in no count.
      if (
        typeof status === 'string' &&
        typeof dueAt === 'string' &&
        Array.isArray(profileIds) &&
        profileIds.every((p) => typeof p === 'string')
      ) {
        const keys = waitingKeys({ status: status as QueueStatus, profileIds: profileIds as string[], dueAt });
        await cursor.update({ ...record, [WAITING_KEYS_FIELD]: keys });
      }
    }
    cursor = await cursor.continue();
  }
};

/**
 * 3 → 4: the consistency report (issue 12). The ledger gets the report's indexes
 * (ledger-keys.ts) and every stored event its keys; events keep their shape otherwise — they
 * have no `promises` (their promise reads as unknown), and a damaged record stays as it is
 * (it is reported when read). Two small stores: deleted clients' last names and colours, and
 * the report's own state (the last weekly summary shown).
 */
const reportIndexes: UpgradeStep = async ({ db, tx }) => {
  const ledger = tx.objectStore('ledger');
  ledger.createIndex('by-report-time', 'reportAt');
  ledger.createIndex('by-client-report', 'clientKeys', { multiEntry: true });
  ledger.createIndex('by-client-exception', 'exceptionKeys', { multiEntry: true });
  ledger.createIndex('by-entry', 'queue.entryId');
  db.createObjectStore('archived-clients', { keyPath: 'id' });
  db.createObjectStore('report-state');
  let cursor = await ledger.openCursor();
  while (cursor) {
    const record: unknown = cursor.value;
    const keys = keysOfRaw(record);
    if (keys !== null) await cursor.update({ ...(record as object), ...keys });
    cursor = await cursor.continue();
  }
};

/**
 * 4 → 5: the report's tallies and the CSV lines of closed days (report-days.ts, csv-days.ts),
 * so the overview of a heavy user's 12 weeks and the CSV of the year do not re-read 100,000s
 * of ledger events. Empty caches: the first report (or the daily report alarm) fills them from
 * the ledger, which stays as it is.
 */
const reportDays: UpgradeStep = ({ db }) => {
  db.createObjectStore('report-days');
  db.createObjectStore('csv-days');
};

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  createStores,
  ledgerByProfiles,
  queueIndexes,
  reportIndexes,
  reportDays,
];

export const DB_VERSION = UPGRADE_STEPS.length;
