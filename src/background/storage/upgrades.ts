/**
 * The upgrade steps of the `red-cup` database, one per version, oldest first
 * (see upgrade-runner.ts). Append a step to add a version; never edit a released one, and give
 * every new step a test that upgrades real data written by the version before it.
 */
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

export const UPGRADE_STEPS: readonly UpgradeStep[] = [createStores];

export const DB_VERSION = UPGRADE_STEPS.length;
