/**
 * Opens the database and brings it to the current version by running one upgrade step per
 * version: `steps[n]` upgrades version n to n + 1, so version = steps.length and a new version
 * is added by appending one step (never by editing an old one: users may be on any version).
 *
 * All steps run inside the single `versionchange` transaction. If any step fails, the
 * transaction is aborted, so the database stays at its old version with its data untouched
 * and the next start tries again — an upgrade is all or nothing.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { RedCupSchema } from './schema.ts';

export interface UpgradeContext {
  /** Untyped on purpose: a step sees the database as the previous version left it. */
  db: IDBPDatabase<unknown>;
  tx: IDBPTransaction<unknown, string[], 'versionchange'>;
  /** The version this step upgrades from. */
  from: number;
}

/**
 * One version's upgrade. It may be async, but must await only requests of `tx`: awaiting
 * anything else (a timer, a fetch) lets the transaction auto-commit half-way.
 */
export type UpgradeStep = (ctx: UpgradeContext) => void | Promise<void>;

export interface OpenOptions {
  name: string;
  steps: readonly UpgradeStep[];
  /** Told when the connection closes by itself (another version wants the database, or the browser dropped it). */
  onClose?: () => void;
}

export class UpgradeError extends Error {
  override readonly name = 'UpgradeError';
  constructor(
    readonly from: number,
    readonly to: number,
    readonly reason: unknown,
  ) {
    super(
      `Red Cup could not upgrade its stored data from version ${from} to ${to} (${describe(reason)}); nothing was changed.`,
    );
  }
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

async function runSteps(
  ctx: Omit<UpgradeContext, 'from'>,
  steps: readonly UpgradeStep[],
  from: number,
  to: number,
): Promise<void> {
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (step === undefined) throw new Error(`no upgrade step for version ${version}`);
    await step({ ...ctx, from: version });
  }
}

export async function openDatabase(options: OpenOptions): Promise<IDBPDatabase<RedCupSchema>> {
  const { name, steps, onClose } = options;
  const version = steps.length;
  let failure: UpgradeError | null = null;

  let db: IDBPDatabase<unknown>;
  try {
    db = await openDB<unknown>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        const to = newVersion ?? version;
        // An aborted upgrade also rejects `tx.done`; openDB's own rejection reports it.
        tx.done.catch(() => undefined);
        runSteps({ db: database, tx }, steps, oldVersion, to).catch((reason: unknown) => {
          failure = new UpgradeError(oldVersion, to, reason);
          // Aborting throws if the transaction already finished; `failure` is checked below.
          try {
            tx.abort();
          } catch {
            /* reported through `failure` */
          }
        });
      },
      blocking() {
        // A newer Red Cup wants to upgrade: step aside rather than block it forever.
        db.close();
        onClose?.();
      },
      terminated() {
        onClose?.();
      },
    });
  } catch (err) {
    throw failure ?? err;
  }
  if (failure !== null) {
    db.close();
    throw failure;
  }
  // The steps above created exactly this schema; this is the one place the untyped view becomes typed.
  return db as unknown as IDBPDatabase<RedCupSchema>;
}
