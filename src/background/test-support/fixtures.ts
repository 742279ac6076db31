/** Test helpers for the background: valid sample data, senders, handler dependencies. */
import type { ClientProfile } from '../../core/profile.ts';
import type { HandlerDeps } from '../handlers/deps.ts';
import type { SenderInfo } from '../sender-check.ts';
import type { DatabaseProvider } from '../storage/connection.ts';
import { ledgerStore } from '../storage/ledger-store.ts';
import { profilesStore } from '../storage/profiles-store.ts';
import { queueStore } from '../storage/queue-store.ts';
import { queueEngine } from '../queue/engine.ts';
import { settingsStore } from '../storage/settings-store.ts';
import { FakeMail, FakeSignals } from './queue-fakes.ts';

export function sampleProfile(overrides: Partial<ClientProfile> = {}): ClientProfile {
  const weekday = [{ start: '08:00', end: '18:00' }];
  return {
    id: 'acme',
    name: 'Acme',
    color: '#cc3333',
    match: ['acme.com', 'jane@partner.example'],
    timeZone: 'America/New_York',
    hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
    timeOff: [],
    promise: { regular: { kind: 'within-hours', hours: 24 } },
    emergency: { situations: ['Site down'], keywords: ['outage'], channel: 'Call 555-0100' },
    sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
    notes: '',
    ...overrides,
  };
}

export const SELF = { id: 'redcupextensionid', origin: 'chrome-extension://redcupextensionid' };

/** An options-page sender: the one allowed to change data. */
export const PAGE_SENDER: SenderInfo = { id: SELF.id, url: `${SELF.origin}/src/pages/options/index.html` };

/** Our content script in a Gmail tab. */
export const CONTENT_SENDER: SenderInfo = {
  id: SELF.id,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  tab: { url: 'https://mail.google.com/mail/u/0/#inbox' },
};

/**
 * Handler dependencies over `database`. The user is in Berlin, the random minute is always the
 * first, and the guard refresh does nothing (tests that care replace it).
 */
export function makeDeps(
  database: DatabaseProvider,
  now = new Date('2026-11-24T15:00:00Z'),
  mail: FakeMail = new FakeMail([]),
  signals: FakeSignals = new FakeSignals(),
): HandlerDeps {
  const engine = queueEngine({
    queue: queueStore(database),
    boundary: async () => {
      const [{ profiles }, { settings }] = await Promise.all([
        profilesStore(database).list(),
        settingsStore(database).get(),
      ]);
      return { profiles, settings };
    },
    mail,
    signals,
    now: () => now,
  });
  return {
    self: SELF,
    profiles: profilesStore(database),
    settings: settingsStore(database),
    ledger: ledgerStore(database),
    queue: queueStore(database),
    now: () => now,
    userZone: () => 'Europe/Berlin',
    browserLanguage: () => 'en-GB',
    random: () => 0,
    refreshGuards: () => Promise.resolve(),
    queueEngine: engine,
    mail,
  };
}
