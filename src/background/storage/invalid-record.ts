import type { Problem } from '../../core/problem.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import type { StoreName } from './schema.ts';

/** Describes a stored value that failed validation, so it can be shown instead of vanishing. */
export function invalidRecord(store: StoreName, key: IDBValidKey, problems: Problem[]): InvalidRecord {
  return { store, key: String(key), problems };
}
