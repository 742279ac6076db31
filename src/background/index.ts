/**
 * The background worker (DESIGN §4). MV3 stops it after ~30 s idle and starts it again for
 * the next event, so this file only registers listeners — synchronously, in the first turn of
 * the script, or the browser would not deliver the event that woke the worker — and every
 * piece of state lives in IndexedDB.
 */
import { onMessage } from '../messaging/protocol.ts';
import { sendTabMessage } from '../messaging/tab-client.ts';
import {
  alarmExists,
  extensionId,
  extensionOrigin,
  notify,
  onAlarm,
  onInstalled,
  onNotificationClicked,
  onStartup,
  openOptionsPage,
  setAlarm,
  tabIds,
} from '../platform/browser.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import { onInstalledEvent } from './install.ts';
import { guardRefresher } from './mail-tabs.ts';
import { browserMailTabs, browserSignals } from './queue/browser-ports.ts';
import { queueEngine } from './queue/engine.ts';
import { queuePasses } from './queue/passes.ts';
import { registerHandlers } from './register.ts';
import { onReportAlarm, startReportAlarms, type ReportAlarmDeps } from './report/alarms.ts';
import { WEEKLY_NOTIFICATION } from './report/weekly.ts';
import { getDatabase } from './storage/connection.ts';
import { ledgerStore } from './storage/ledger-store.ts';
import { profilesStore } from './storage/profiles-store.ts';
import { queueStore } from './storage/queue-store.ts';
import { settingsStore } from './storage/settings-store.ts';
import { userTimeZone } from '../core/user-zone.ts';

const refreshGuards = guardRefresher({
  tabIds,
  sendRefresh: (tabId) => sendTabMessage('tab/guard-refresh', undefined, tabId),
});

// One pass at a time in this worker; a second request while one runs asks for one more after it.
const passes = queuePasses(() => engine().pass(), console.warn);
const signals = browserSignals(() => void passes.run());

const engine = () =>
  queueEngine({
    queue: queueStore(getDatabase),
    boundary: async () => {
      const [snapshot, { settings }] = await Promise.all([
        profilesStore(getDatabase).snapshot(),
        settingsStore(getDatabase).get(),
      ]);
      // The effective profiles: a queued reply is not delivered on the client's public holiday.
      return { profiles: snapshot.effective(new Date()).profiles, settings };
    },
    mail: browserMailTabs,
    signals,
    now: () => new Date(),
  });

const deps = (): HandlerDeps => ({
  self: { id: extensionId(), origin: extensionOrigin() },
  profiles: profilesStore(getDatabase),
  settings: settingsStore(getDatabase),
  ledger: ledgerStore(getDatabase),
  queue: queueStore(getDatabase),
  now: () => new Date(),
  // Read per message: the user may travel, and the worker outlives a zone change.
  userZone: () => userTimeZone(),
  browserLanguage: () => globalThis.navigator?.language,
  random: Math.random,
  refreshGuards,
  queueEngine: engine(),
  mail: browserMailTabs,
});

onInstalled((details) => {
  void onInstalledEvent(details, openOptionsPage);
});

registerHandlers(onMessage, deps);

// The queue (DESIGN §5): every wake-up of the worker, the browser's start and each alarm run a
// catch-up pass — entries stuck in `sending` are confirmed, due ones delivered or moved.
onAlarm(() => void passes.run());
onStartup(() => void passes.run());
onNotificationClicked((id) => {
  if (id.startsWith('queue:')) void openOptionsPage('queue');
  if (id.startsWith(WEEKLY_NOTIFICATION)) void openOptionsPage('report');
});
void passes.run();

// The report (issue 12): retention pruning and the weekly summary, each woken by its alarm; a
// summary missed while the browser was closed is shown at the next start (once).
const reportDeps = (): ReportAlarmDeps => ({
  ledger: ledgerStore(getDatabase),
  profiles: profilesStore(getDatabase),
  settings: settingsStore(getDatabase),
  now: () => new Date(),
  userZone: () => userTimeZone(),
  notify,
  setAlarm,
  alarmExists,
  warn: console.warn,
  info: console.info,
});
onAlarm((name) => void onReportAlarm(name, reportDeps()));
void startReportAlarms(reportDeps());
