/** Test-only: a complete ClientProfile from the few fields a test case cares about. */
import type { ClientProfile, TimeWindow, WeeklyHours } from '../profile.ts';

export const NO_HOURS: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** The same windows Monday to Friday, weekends off. */
export function weekdays(...windows: TimeWindow[]): WeeklyHours {
  return { ...NO_HOURS, mon: windows, tue: windows, wed: windows, thu: windows, fri: windows };
}

export function win(start: string, end: string, overnight = false): TimeWindow {
  return overnight ? { start, end, overnight } : { start, end };
}

export function profile(fields: Partial<ClientProfile> & Pick<ClientProfile, 'id' | 'timeZone'>): ClientProfile {
  return {
    name: fields.id,
    color: '#d62828',
    match: [],
    hours: weekdays(win('08:00', '18:00')),
    timeOff: [],
    promise: { regular: { kind: 'within-hours', hours: 24 } },
    emergency: { situations: [], keywords: [], channel: '' },
    sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
    notes: '',
    ...fields,
  };
}

/** An ISO instant as a Date; the tests write instants in UTC so the expectation is unambiguous. */
export const at = (iso: string) => new Date(iso);
