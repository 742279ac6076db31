/**
 * The user's own time zone — the one function for it (worker and pages alike): the browser's zone,
 * under its current IANA name (Chromium still reports e.g. Asia/Calcutta). Intl only, so pure.
 */
import { canonicalZone, isValidTimeZone } from './zones.ts';

/** `read` is injectable for tests; an engine that reports no usable zone gets UTC. */
export function userTimeZone(
  read: () => string | undefined = () => Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  let zone: string | undefined;
  try {
    zone = read();
  } catch {
    zone = undefined;
  }
  if (zone === undefined || !isValidTimeZone(zone)) return 'UTC';
  return canonicalZone(zone);
}
