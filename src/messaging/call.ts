/**
 * The one way to ask the worker something: the typed protocol, with a rejected or malformed
 * answer turned into an ordinary failed `Result`, so nothing is ever silently lost. Used by the
 * pages and the content script alike.
 */
import { sendMessage, type ProtocolMap } from './protocol.ts';
import { refused, type Result } from './result.ts';

type Name = keyof ProtocolMap;
type Answer<K extends Name> = ReturnType<ProtocolMap[K]>;

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const ok = (value as { ok: unknown }).ok;
  if (ok === true) return 'value' in value;
  if (ok !== false || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

export async function call<K extends Name>(name: K, ...data: Parameters<ProtocolMap[K]>): Promise<Answer<K>> {
  const send = sendMessage as (type: K, payload: unknown) => Promise<unknown>;
  try {
    const answer = await send(name, data[0]);
    if (isResult(answer)) return answer as Answer<K>;
    return refused(
      `Red Cup's background worker gave an answer Red Cup does not understand (for "${name}").`,
    ) as Answer<K>;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return refused(
      `Red Cup's background worker did not answer (${why}). Try again; if it keeps happening, reload the extension.`,
    ) as Answer<K>;
  }
}
