/**
 * The background worker (DESIGN §4). MV3 stops it after ~30 s idle and starts it again for
 * the next event, so this file only registers listeners — synchronously, in the first turn of
 * the script, or the browser would not deliver the event that woke the worker — and every
 * piece of state lives in IndexedDB.
 */
import { onMessage } from '../messaging/protocol.ts';
import { extensionId, extensionOrigin, onInstalled, openOptionsPage } from '../platform/browser.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import { onInstalledEvent } from './install.ts';
import { registerHandlers } from './register.ts';
import { getDatabase } from './storage/connection.ts';
import { profilesStore } from './storage/profiles-store.ts';
import { settingsStore } from './storage/settings-store.ts';

const deps = (): HandlerDeps => ({
  self: { id: extensionId(), origin: extensionOrigin() },
  profiles: profilesStore(getDatabase),
  settings: settingsStore(getDatabase),
  now: () => new Date(),
});

onInstalled((details) => {
  void onInstalledEvent(details, openOptionsPage);
});

registerHandlers(onMessage, deps);
