/**
 * The report's alarms: `report:prune` once a day (retention, then the tallies and CSV lines of
 * the days that closed since, so the report and the CSV open on stored days), `report:weekly` at the next Monday
 * 09:00 in the user's zone (re-armed each time, so a change of zone is followed).
 */
import { nextSummaryAt, resolvePeriod } from '../../core/report-weeks.ts';
import { buildOverview, reportClients } from './build.ts';
import { storeMissingCsvDays } from './csv-pages.ts';
import { pruneLedger } from './retention.ts';
import { showWeeklySummary, type WeeklyDeps } from './weekly.ts';

export const PRUNE_ALARM = 'report:prune';
export const WEEKLY_ALARM = 'report:weekly';
const DAY_MINUTES = 24 * 60;

export interface ReportAlarmDeps extends WeeklyDeps {
  setAlarm: (name: string, when: Date, periodMinutes?: number) => Promise<void>;
  alarmExists: (name: string) => Promise<boolean>;
  warn: (message: string, error: unknown) => void;
  /** One line in the worker's console per pruning (what bench/report.bench.ts reads). */
  info: (message: string) => void;
}

/** At every start of the worker: arm both alarms, and show a summary missed while the browser was closed. */
export async function startReportAlarms(deps: ReportAlarmDeps): Promise<void> {
  try {
    const now = deps.now();
    // Re-creating a periodic alarm would push its next firing back: only when missing.
    if (!(await deps.alarmExists(PRUNE_ALARM)))
      await deps.setAlarm(PRUNE_ALARM, new Date(now.getTime() + 60_000), DAY_MINUTES);
    await deps.setAlarm(WEEKLY_ALARM, nextSummaryAt(now, deps.userZone()));
    await showWeeklySummary(deps);
  } catch (err) {
    deps.warn('Red Cup could not set up the report’s alarms', err);
  }
}

/** An alarm fired: answers whether it was one of the report's. */
export async function onReportAlarm(name: string, deps: ReportAlarmDeps): Promise<boolean> {
  try {
    if (name === PRUNE_ALARM) {
      const { deleted, batches, longestMs } = await pruneLedger(deps);
      if (deleted > 0)
        deps.info(
          `Red Cup pruned ${deleted} ledger events in ${batches} transactions; the longest took ${longestMs.toFixed(1)} ms.`,
        );
      // Counts and stores the days that closed since the last time (all of them after an upgrade).
      const now = deps.now();
      const zone = deps.userZone();
      await buildOverview(
        { ledger: deps.ledger, profiles: deps.profiles, now, userZone: zone },
        { kind: 'weeks', weeks: 12 },
      );
      const year = resolvePeriod({ kind: 'weeks', weeks: 52 }, now, zone);
      if (year !== null)
        await storeMissingCsvDays(deps.ledger, await reportClients(deps.ledger, deps.profiles), {
          span: year,
          zone,
          now,
        });
      return true;
    }
    if (name === WEEKLY_ALARM) {
      await showWeeklySummary(deps);
      await deps.setAlarm(WEEKLY_ALARM, nextSummaryAt(deps.now(), deps.userZone()));
      return true;
    }
  } catch (err) {
    deps.warn(`Red Cup could not finish the report alarm ${name}`, err);
  }
  return false;
}
