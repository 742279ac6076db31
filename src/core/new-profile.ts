/** A fresh client profile with sensible defaults, for the editor's "New client". */
import type { ClientProfile } from './profile.ts';

/**
 * Colours for the pill, dots and charts: distinct hues, each with at least 4.5:1 contrast
 * against white text (and 3:1 as a dot on a white page).
 */
export const PROFILE_COLORS = [
  '#d62828',
  '#c2410c',
  '#b45309',
  '#4d7c0f',
  '#047857',
  '#0e7490',
  '#1d4ed8',
  '#6d28d9',
  '#a21caf',
  '#be185d',
] as const;

export function newProfileId(): string {
  return globalThis.crypto.randomUUID();
}

/** FNV-1a: the same id always gets the same colour, and ids spread over the palette. */
export function colorForId(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PROFILE_COLORS[hash % PROFILE_COLORS.length]!;
}

/**
 * Monday to Friday 09:00–17:00 in `timeZone`, weekends off, no time off; promise: an answer
 * within 24 hours, no separate after-hours promise; no emergency definition yet; send later at
 * window start. The name is empty unless given (the editor asks for it).
 */
export function newProfile({
  id,
  timeZone,
  name = '',
}: {
  id: string;
  timeZone: string;
  name?: string;
}): ClientProfile {
  const day = () => [{ start: '09:00', end: '17:00' }];
  return {
    id,
    name,
    color: colorForId(id),
    match: [],
    timeZone,
    hours: { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: [], sun: [] },
    timeOff: [],
    promise: { regular: { kind: 'within-hours', hours: 24 } },
    emergency: { situations: [], keywords: [], channel: '' },
    sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
    notes: '',
  };
}
