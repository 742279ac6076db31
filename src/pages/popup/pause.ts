/**
 * The pause switch's choices (DESIGN §2.5): for an hour, or until the next window — the earliest
 * moment a client who is outside their hours now opens again, which is when guarding matters
 * again. Pure: the popup passes the statuses it shows and "now".
 */
import type { IsoInstant, Settings } from '../../core/profile.ts';
import type { ProfileStatus } from '../../core/status-types.ts';

const HOUR_MS = 60 * 60 * 1000;

export function oneHourFrom(nowIso: IsoInstant): IsoInstant {
  return new Date(Date.parse(nowIso) + HOUR_MS).toISOString();
}

/** The end of "Until the next window", or why there is none (the button's accessible description). */
export type NextWindowEnd = { at: IsoInstant } | { at: null; why: string };

export function nextWindowEnd(statuses: readonly ProfileStatus[], nowIso: IsoInstant): NextWindowEnd {
  if (statuses.length === 0) return { at: null, why: 'Without clients there is no window to wait for.' };
  const now = Date.parse(nowIso);
  const opens = statuses
    .flatMap((s) => (s.inside || s.opensAt === null ? [] : [s.opensAt]))
    .filter((at) => Date.parse(at) > now)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const first = opens[0];
  if (first !== undefined) return { at: first };
  if (statuses.every((s) => s.inside)) return { at: null, why: 'Every client is inside their hours now.' };
  return { at: null, why: 'No client outside their hours opens again within a year.' };
}

/** The pause in force at `nowIso`: a `pausedUntil` in the past no longer pauses anything. */
export function activePause(settings: Settings, nowIso: IsoInstant): IsoInstant | null {
  const until = settings.pausedUntil;
  return until !== null && Date.parse(until) > Date.parse(nowIso) ? until : null;
}
