import type { QueueEngine } from '../queue/engine.ts';
import type { MailTabs } from '../queue/ports.ts';
import type { OwnIdentity } from '../sender-check.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { ProfilesStore } from '../storage/profiles-store.ts';
import type { QueueStore } from '../storage/queue-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';

/** Everything a handler needs from outside, passed in so handlers run in tests without a browser. */
export interface HandlerDeps {
  self: OwnIdentity;
  profiles: ProfilesStore;
  settings: SettingsStore;
  ledger: LedgerStore;
  queue: QueueStore;
  now: () => Date;
  /** The user's IANA zone under its current name (user-zone.ts). */
  userZone: () => string;
  /** The browser's language (navigator.language): the language of a compose's statement, as in the options preview. */
  browserLanguage: () => string | undefined;
  /** Picks the send-later random minute: a number in [0, 1), like Math.random. */
  random: () => number;
  /** Tells the open mail tabs to re-check their composes (mail-tabs.ts); never throws. */
  refreshGuards: () => Promise<void>;
  /** The local send-later delivery (queue/engine.ts): passes, alarms and badge. */
  queueEngine: QueueEngine;
  /** Mail tabs by provider and account, for cancelling provider-mode entries and opening composes. */
  mail: MailTabs;
}
