/**
 * The background worker (DESIGN §4). MV3 stops it after ~30 s idle and starts it again for
 * the next event, so this file only registers listeners — synchronously, in the first turn of
 * the script, or the browser would not deliver the event that woke the worker — and every
 * piece of state lives in IndexedDB.
 */
import { onMessage } from '../messaging/protocol.ts';
import { sendTabMessage } from '../messaging/tab-protocol.ts';
import { extensionId, extensionOrigin, onInstalled, openOptionsPage, tabIds } from '../platform/browser.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import { onInstalledEvent } from './install.ts';
import { guardRefresher } from './mail-tabs.ts';
import { registerHandlers } from './register.ts';
import { getDatabase } from './storage/connection.ts';
import { ledgerStore } from './storage/ledger-store.ts';
import { profilesStore } from './storage/profiles-store.ts';
import { queueStore } from './storage/queue-store.ts';
import { settingsStore } from './storage/settings-store.ts';
import { userTimeZone } from './user-zone.ts';

const refreshGuards = guardRefresher({
  tabIds,
  sendRefresh: (tabId) => sendTabMessage('tab/guard-refresh', undefined, tabId),
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
  random: Math.random,
  refreshGuards,
});

onInstalled((details) => {
  void onInstalledEvent(details, openOptionsPage);
});

registerHandlers(onMessage, deps);
