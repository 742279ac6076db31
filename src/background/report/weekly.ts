/**
 * The weekly summary notification (issue 12 §5), off unless the user turned it on: Monday 09:00
 * in the user's zone, "Last week: 38 of 40 replies inside your clients' hours; 1 red cup sent
 * anyway (Acme)". Woken by an alarm; when the browser was closed then, the next start shows it —
 * once: the week shown is remembered in IndexedDB before the notification is made.
 */
import { weeklySummaryText } from '../../core/report.ts';
import { dueSummaryWeek } from '../../core/report-weeks.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { ProfilesStore } from '../storage/profiles-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { buildOverview } from './build.ts';

/** Notification ids start with this; a click opens the report. */
export const WEEKLY_NOTIFICATION = 'report:weekly';

export interface WeeklyDeps {
  ledger: LedgerStore;
  profiles: ProfilesStore;
  settings: SettingsStore;
  now: () => Date;
  userZone: () => string;
  notify: (id: string, title: string, message: string) => Promise<void>;
}

/** Shows the due week's summary unless it was shown already; answers what it showed (null: nothing). */
export async function showWeeklySummary(deps: WeeklyDeps): Promise<string | null> {
  const { settings } = await deps.settings.get();
  if (!settings.weeklySummary) return null;
  const now = deps.now();
  const zone = deps.userZone();
  const week = dueSummaryWeek(now, zone);
  // Claimed first: a second wake-up (alarm and start at once) finds it taken.
  if (!(await deps.ledger.claimWeeklySummary(week.label))) return null;
  const built = await buildOverview(
    { ledger: deps.ledger, profiles: deps.profiles, now, userZone: zone },
    { kind: 'range', from: week.from, to: week.to },
  );
  const text = built === null ? null : weeklySummaryText(built.rows);
  if (text === null) return null;
  await deps.notify(`${WEEKLY_NOTIFICATION}:${week.label}`, 'Red Cup: how consistent was last week', text);
  return text;
}
