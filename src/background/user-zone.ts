/**
 * The user's own time zone, for "… your time" in the guard: the worker's zone, which is the
 * browser's, under its current IANA name (Chromium still reports e.g. Asia/Calcutta).
 */
import { canonicalZone, isValidTimeZone } from '../core/zones.ts';

/** `read` is injectable for tests; an engine that reports no usable zone gets UTC. */
export function userTimeZone(read: () => string | undefined = () => Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  let zone: string | undefined;
  try {
    zone = read();
  } catch {
    zone = undefined;
  }
  if (zone === undefined || !isValidTimeZone(zone)) return 'UTC';
  return canonicalZone(zone);
}
