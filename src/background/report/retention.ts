/**
 * Keeping the record only as long as the user chose (DESIGN §7, issue 12 §6): older ledger
 * events are deleted by an alarm, in batches whose size adapts to how long each took — each its own short
 * transaction, so a message never waits behind one long one (DESIGN §6: ≤ 50 ms each).
 */
import { retentionCutoff } from '../../core/report-weeks.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';

/**
 * Events per transaction: the first batch, and its bounds. The size adapts to what the machine
 * does (DESIGN §6: every transaction ≤ 50 ms): a batch that took longer than the aim halves the
 * next one, a quick one doubles it, so a slow disk or a busy worker does not hold the ledger for
 * long, and a fast one does not take hundreds of transactions (bench/report.bench.ts measures it).
 */
export const PRUNE_BATCH = { first: 100, min: 10, max: 1_000, aimMs: 20 } as const;

export interface PruneOutcome {
  deleted: number;
  batches: number;
  /** The longest single transaction, in ms (for the benchmark). */
  longestMs: number;
}

/** The next batch's size after one of `size` events took `ms`. */
export function nextBatchSize(size: number, ms: number, bounds: typeof PRUNE_BATCH = PRUNE_BATCH): number {
  if (ms > bounds.aimMs) return Math.max(bounds.min, Math.floor(size / 2));
  if (ms < bounds.aimMs / 2) return Math.min(bounds.max, size * 2);
  return size;
}

/**
 * Deletes every event older than `before`, batch by batch: of `fixed` events each when given
 * (tests), else of the adaptive size above.
 */
export async function pruneBefore(ledger: LedgerStore, before: Date, fixed?: number): Promise<PruneOutcome> {
  const outcome: PruneOutcome = { deleted: 0, batches: 0, longestMs: 0 };
  const cutoff = before.toISOString();
  let size = fixed ?? PRUNE_BATCH.first;
  for (;;) {
    const { deleted, ms } = await ledger.pruneBatch(cutoff, size);
    outcome.longestMs = Math.max(outcome.longestMs, ms);
    outcome.deleted += deleted;
    outcome.batches += 1;
    if (deleted < size) return outcome;
    if (fixed === undefined) size = nextBatchSize(size, ms);
  }
}

/** The alarm's work: prune under the stored retention setting (damaged settings: the default, 2 years). */
export async function pruneLedger(deps: {
  ledger: LedgerStore;
  settings: SettingsStore;
  now: () => Date;
}): Promise<PruneOutcome> {
  const { settings } = await deps.settings.get();
  const cutoff = retentionCutoff(settings.retention, deps.now());
  if (cutoff === null) return { deleted: 0, batches: 0, longestMs: 0 };
  return pruneBefore(deps.ledger, cutoff);
}
