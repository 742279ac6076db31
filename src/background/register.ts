/**
 * Wires one handler to every message of the table (messaging/messages.ts). Kept apart from the
 * handlers so they stay plain functions that tests call directly.
 *
 * Each handler names its message (`defineHandler(name, …)`), so the wiring is a list; the list
 * is held against the table before anything is wired (`handlerProblems`): a handler for a
 * message the table does not declare, two handlers for one message, or a table entry without a
 * handler stops the worker's start with a sentence naming it — and register.test.ts fails.
 */
import { MESSAGES, type MessageName } from '../messaging/messages.ts';
import type { onMessage } from '../messaging/protocol.ts';
import type { Handler } from './handlers/define.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import type { SenderInfo } from './sender-check.ts';
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

/** A handler of any message, as the wiring sees it. */
export interface AnyHandler {
  readonly message: string;
  (data: unknown, sender: SenderInfo, deps: HandlerDeps): Promise<unknown>;
}

export const HANDLERS: readonly Handler<MessageName>[] = [
  listProfiles,
  saveProfile,
  deleteProfile,
  exportProfilesFile,
  importProfilesFile,
  getSettings,
  setSettings,
  getProfilesStatus,
  holidayPlaces,
  listHolidays,
  checkGuard,
  statementForCompose,
  recordLedgerEvent,
  handOff,
  listQueue,
  queueSummary,
  enqueue,
  cancelEntry,
  retimeEntry,
  sendNow,
  openInCompose,
  isStored,
  settleSent,
  openDamaged,
  deleteDamaged,
  reportOverview,
  clientReport,
  reportCsvRows,
  reportDrift,
];

/** What is wrong with `handlers` against the message table, one sentence each (none: they match). */
export function handlerProblems(handlers: readonly AnyHandler[], table: object = MESSAGES): string[] {
  const declared = new Set(Object.keys(table));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { message } of handlers) {
    if (!declared.has(message))
      problems.push(`a handler is registered for "${message}", which the message table does not declare`);
    else if (seen.has(message)) problems.push(`"${message}" has more than one handler`);
    seen.add(message);
  }
  for (const name of declared)
    if (!seen.has(name)) problems.push(`"${name}" is in the message table but has no handler`);
  return problems;
}

export function registerHandlers(listen: Listen, deps: () => HandlerDeps, handlers = HANDLERS): void {
  const problems = handlerProblems(handlers);
  if (problems.length > 0)
    throw new Error(`Red Cup's message handlers do not match the message table: ${problems.join('; ')}.`);
  // The library's listener type is per message; the handler of `message` answers that message's `Result`.
  const on = listen as unknown as (
    name: string,
    received: (message: { data: unknown; sender: SenderInfo }) => Promise<unknown>,
  ) => void;
  // `deps()` is called per message: nothing from an earlier event is assumed to be alive.
  for (const handler of handlers) on(handler.message, (m) => handler(m.data, m.sender, deps()));
}
