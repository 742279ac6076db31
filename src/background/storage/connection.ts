/**
 * The worker's database connection. Caching the open connection is the one piece of global
 * state allowed (DESIGN §4): it holds no data, and is simply reopened after the worker was
 * stopped, the browser dropped it, or a newer version asked for it.
 */
import type { IDBPDatabase } from 'idb';
import { DB_NAME, type RedCupSchema } from './schema.ts';
import { openDatabase } from './upgrade-runner.ts';
import { UPGRADE_STEPS } from './upgrades.ts';

export type Database = IDBPDatabase<RedCupSchema>;
export type DatabaseProvider = () => Promise<Database>;

let connection: Promise<Database> | null = null;

export const getDatabase: DatabaseProvider = () => {
  connection ??= openDatabase({
    name: DB_NAME,
    steps: UPGRADE_STEPS,
    onClose: () => {
      connection = null;
    },
  }).catch((err: unknown) => {
    // Do not cache a failure: the next message tries again.
    connection = null;
    throw err;
  });
  return connection;
};
