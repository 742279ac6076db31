/**
 * Keeping the record only as long as the user chose (DESIGN §7, issue 12 §6): older ledger
 * events are deleted by an alarm, in batches bounded by count — each its own short
 * transaction, so a message never waits behind one long one (DESIGN §6: ≤ 50 ms each).
 */
import { retentionCutoff } from '../../core/report-weeks.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';

/** Events per transaction (bench/report.bench.ts measures the longest one). */
export const PRUNE_BATCH = 500;

export interface PruneOutcome {
  deleted: number;
  batches: number;
  /** The longest single transaction, in ms (for the benchmark). */
  longestMs: number;
}

/** Deletes every event older than `before`, batch by batch. */
export async function pruneBefore(ledger: LedgerStore, before: Date, batch = PRUNE_BATCH): Promise<PruneOutcome> {
  const outcome: PruneOutcome = { deleted: 0, batches: 0, longestMs: 0 };
  const cutoff = before.toISOString();
  for (;;) {
    const { deleted, ms } = await ledger.pruneBatch(cutoff, batch);
    outcome.longestMs = Math.max(outcome.longestMs, ms);
    outcome.deleted += deleted;
    outcome.batches += 1;
    if (deleted < batch) return outcome;
  }
}

/** The alarm's work: prune under the stored retention setting (damaged settings: the default, 2 years). */
export async function pruneLedger(deps: { ledger: LedgerStore; settings: SettingsStore; now: () => Date }): Promise<PruneOutcome> {
  const { settings } = await deps.settings.get();
  const cutoff = retentionCutoff(settings.retention, deps.now());
  if (cutoff === null) return { deleted: 0, batches: 0, longestMs: 0 };
  return pruneBefore(deps.ledger, cutoff);
}
