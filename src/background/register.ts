/**
 * Wires one handler to every message of the protocol. Kept apart from the handlers so they
 * stay plain functions that tests call directly.
 *
 * The wiring is a record keyed by every message name: adding a message to ProtocolMap without
 * wiring a handler does not compile. Each line names its message concretely, so the handler's
 * answer type is checked against the protocol without casts.
 */
import type { MessageName, onMessage } from '../messaging/protocol.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import { checkGuard } from './handlers/guard.ts';
import { recordLedgerEvent } from './handlers/ledger.ts';
import { deleteProfile, listProfiles, saveProfile } from './handlers/profiles.ts';
import { exportProfilesFile, importProfilesFile } from './handlers/profiles-file.ts';
import { getSettings, setSettings } from './handlers/settings.ts';
import { deleteDamaged, handOff, isStored, listQueue, openDamaged } from './handlers/queue.ts';
import { cancelEntry, openInCompose, retimeEntry, sendNow, settleSent } from './handlers/queue-actions.ts';
import { enqueue, queueSummary } from './handlers/queue-local.ts';
import { clientReport, reportCsvRows, reportDrift, reportOverview } from './handlers/report.ts';
import { getProfilesStatus } from './handlers/status.ts';
import { statementForCompose } from './handlers/statement.ts';
import { holidayPlaces, listHolidays } from './handlers/holidays.ts';

export type Listen = typeof onMessage;

export function registerHandlers(listen: Listen, deps: () => HandlerDeps): void {
  // `deps()` is called per message: nothing from an earlier event is assumed to be alive.
  const wiring: { [K in MessageName]: () => void } = {
    'profiles/list': () => listen('profiles/list', (m) => listProfiles(m.data, m.sender, deps())),
    'profiles/save': () => listen('profiles/save', (m) => saveProfile(m.data, m.sender, deps())),
    'profiles/delete': () => listen('profiles/delete', (m) => deleteProfile(m.data, m.sender, deps())),
    'profiles/export': () => listen('profiles/export', (m) => exportProfilesFile(m.data, m.sender, deps())),
    'profiles/import': () => listen('profiles/import', (m) => importProfilesFile(m.data, m.sender, deps())),
    'settings/get': () => listen('settings/get', (m) => getSettings(m.data, m.sender, deps())),
    'settings/set': () => listen('settings/set', (m) => setSettings(m.data, m.sender, deps())),
    'status/profiles': () => listen('status/profiles', (m) => getProfilesStatus(m.data, m.sender, deps())),
    'holidays/places': () => listen('holidays/places', (m) => holidayPlaces(m.data, m.sender, deps())),
    'holidays/list': () => listen('holidays/list', (m) => listHolidays(m.data, m.sender, deps())),
    'guard/check': () => listen('guard/check', (m) => checkGuard(m.data, m.sender, deps())),
    'statement/for-compose': () =>
      listen('statement/for-compose', (m) => statementForCompose(m.data, m.sender, deps())),
    'ledger/record': () => listen('ledger/record', (m) => recordLedgerEvent(m.data, m.sender, deps())),
    'queue/handoff': () => listen('queue/handoff', (m) => handOff(m.data, m.sender, deps())),
    'queue/list': () => listen('queue/list', (m) => listQueue(m.data, m.sender, deps())),
    'queue/summary': () => listen('queue/summary', (m) => queueSummary(m.data, m.sender, deps())),
    'queue/enqueue': () => listen('queue/enqueue', (m) => enqueue(m.data, m.sender, deps())),
    'queue/cancel': () => listen('queue/cancel', (m) => cancelEntry(m.data, m.sender, deps())),
    'queue/retime': () => listen('queue/retime', (m) => retimeEntry(m.data, m.sender, deps())),
    'queue/send-now': () => listen('queue/send-now', (m) => sendNow(m.data, m.sender, deps())),
    'queue/open-in-compose': () => listen('queue/open-in-compose', (m) => openInCompose(m.data, m.sender, deps())),
    'queue/is-stored': () => listen('queue/is-stored', (m) => isStored(m.data, m.sender, deps())),
    'queue/settle-sent': () => listen('queue/settle-sent', (m) => settleSent(m.data, m.sender, deps())),
    'queue/open-damaged': () => listen('queue/open-damaged', (m) => openDamaged(m.data, m.sender, deps())),
    'queue/delete-damaged': () => listen('queue/delete-damaged', (m) => deleteDamaged(m.data, m.sender, deps())),
    'report/overview': () => listen('report/overview', (m) => reportOverview(m.data, m.sender, deps())),
    'report/client': () => listen('report/client', (m) => clientReport(m.data, m.sender, deps())),
    'report/csv-rows': () => listen('report/csv-rows', (m) => reportCsvRows(m.data, m.sender, deps())),
    'report/drift': () => listen('report/drift', (m) => reportDrift(m.data, m.sender, deps())),
  };
  for (const wire of Object.values(wiring)) wire();
}
