/** Fresh databases on fake-indexeddb, one per test, so tests never see each other's data. */
import 'fake-indexeddb/auto';
import type { Database, DatabaseProvider } from '../storage/connection.ts';
import { openDatabase } from '../storage/upgrade-runner.ts';
import { UPGRADE_STEPS } from '../storage/upgrades.ts';

let counter = 0;

export function uniqueDbName(): string {
  counter += 1;
  return `red-cup-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A provider over a fresh, current-version database, opened once like the worker's cache. */
export function freshDatabase(): DatabaseProvider {
  const name = uniqueDbName();
  let db: Promise<Database> | null = null;
  return () => (db ??= openDatabase({ name, steps: UPGRADE_STEPS }));
}
