import { formatWhen, zoneAbbreviation } from '../../core/format.ts';
import type { ProfileStatus } from '../../core/status-types.ts';
import type { OutsideReason } from '../../core/verdict-types.ts';

const REASONS: Record<OutsideReason, string> = {
  'before-hours': 'before hours',
  'after-hours': 'after hours',
  'day-off': 'day off',
  'time-off': 'time off',
};

/**
 * "Inside hours until 18:00 EST" or "Outside hours (after hours) · opens Tue 08:00 EST": the
 * times in the client's zone, on the user's clock.
 */
export function statusText(s: ProfileStatus, clock: '12h' | '24h', now: string): string {
  const zone = s.profile.timeZone;
  const when = (at: string) => `${formatWhen(at, zone, clock, now)} ${zoneAbbreviation(zone, at)}`;
  if (s.inside) return `Inside hours until ${when(s.until)}`;
  const reason = `Outside hours (${REASONS[s.reason]})`;
  return s.opensAt === null ? `${reason} · no window in the next year` : `${reason} · opens ${when(s.opensAt)}`;
}
