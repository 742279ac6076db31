/**
 * The one `Result` of every message, and the one way to build one (issue 14.5): worker handlers,
 * the content script's tab answers and `call()` alike. Errors cross the message boundary as
 * values with a sentence a person can act on (DESIGN §4), never as a thrown error or silence.
 */
import type { Problem } from '../core/problem.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { message: string; problems?: Problem[] } };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refused(message: string, problems?: Problem[]): Result<never> {
  return problems === undefined || problems.length === 0
    ? { ok: false, error: { message } }
    : { ok: false, error: { message, problems } };
}

function errorName(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string') return err.name;
  return '';
}

function errorText(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string')
    return err.message;
  return String(err);
}

/** Why something failed, in words: storage errors are named after what the user can do about them. */
export function explain(err: unknown): string {
  const name = errorName(err);
  const detail = [name, errorText(err)].filter((part) => part !== '').join(': ');
  switch (name) {
    case 'QuotaExceededError':
      return `the browser's storage refused the write because it is full (${detail}). Free some disk space and try again`;
    case 'VersionError':
      return `the stored data belongs to a newer version of Red Cup (${detail}). Update the extension`;
    case 'UpgradeError':
      return errorText(err);
    case 'InvalidStateError':
    case 'TransactionInactiveError':
    case 'AbortError':
    case 'UnknownError':
    case 'DataError':
    case 'DataCloneError':
    case 'ConstraintError':
    case 'ReadOnlyError':
      return `the browser's storage refused the operation (${detail})`;
    default:
      return `something unexpected went wrong (${detail})`;
  }
}

/** A failure while doing `action` ("Could not save the profile"). */
export function failed(action: string, err: unknown): Result<never> {
  return { ok: false, error: { message: `${action}: ${explain(err)}.` } };
}
