/**
 * A week of hours written the way people write them in a letter ("Monday to Friday, 8 am to 6 pm")
 * or a signature ("Mon–Thu 9–17, Fri 9–13"), in English or German, on the user's clock. The zone
 * is added by the caller (statement-zone.ts); this file knows only days and wall times.
 */
import type { Clock } from './format.ts';
import { WEEKDAYS, type TimeWindow, type WeeklyHours } from './profile.ts';
import type { Language } from './statement-types.ts';

export type HoursStyle = 'long' | 'compact';

const DAYS_LONG: Record<Language, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
};
const DAYS_SHORT: Record<Language, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
};
const EVERY_DAY: Record<HoursStyle, Record<Language, string>> = {
  long: { en: 'every day', de: 'täglich' },
  compact: { en: 'daily', de: 'tägl.' },
};
const ALL_DAY: Record<HoursStyle, Record<Language, string>> = {
  long: { en: 'all day', de: 'ganztägig' },
  compact: { en: '24 h', de: '24 Std.' },
};

interface Wall {
  h: number;
  m: number;
}

function wall(hhmm: string): Wall {
  const [h = '0', m = '0'] = hhmm.split(':');
  return { h: Number(h), m: Number(m) };
}

const minutes = (m: number) => (m === 0 ? '' : `:${String(m).padStart(2, '0')}`);

/** German day periods for the 12-hour clock, which German writes with words, not am/pm. */
function germanPeriod(h: number): string {
  if (h === 12) return 'mittags';
  if (h < 5) return 'nachts';
  if (h < 12) return 'morgens';
  if (h < 18) return 'nachmittags';
  return 'abends';
}

/** One time in a sentence: `6 pm`, `noon`, `18:00`; German `18 Uhr`, `6 Uhr abends`, `Mitternacht`. */
export function timeInText(hhmm: string, language: Language, clock: Clock): string {
  const { h, m } = wall(hhmm);
  const midnight = (h === 0 || h === 24) && m === 0;
  if (language === 'en') {
    if (clock === '24h') return hhmm;
    if (midnight) return 'midnight';
    if (h === 12 && m === 0) return 'noon';
    return `${h % 12 === 0 ? 12 : h % 12}${minutes(m)} ${h < 12 || h === 24 ? 'am' : 'pm'}`;
  }
  if (clock === '24h') return `${h}${minutes(m)} Uhr`;
  if (midnight) return 'Mitternacht';
  return `${h % 12 === 0 ? 12 : h % 12}${minutes(m)} Uhr ${germanPeriod(h)}`;
}

const isAllDay = (w: TimeWindow) => w.start === '00:00' && w.end === '24:00';

function rangeLong(w: TimeWindow, language: Language, clock: Clock): string {
  if (isAllDay(w)) return ALL_DAY.long[language];
  const nextDay = w.overnight === true ? (language === 'en' ? ' the next day' : ' am Folgetag') : '';
  if (language === 'de' && clock === '24h') {
    // "8 bis 18 Uhr": German names the hour word once, at the end.
    const s = wall(w.start);
    return `${s.h}${minutes(s.m)} bis ${timeInText(w.end, language, clock)}${nextDay}`;
  }
  const to = language === 'en' ? 'to' : 'bis';
  return `${timeInText(w.start, language, clock)} ${to} ${timeInText(w.end, language, clock)}${nextDay}`;
}

/** `9–17`; on the English 12-hour clock `8–6` for the usual morning-to-evening day, `1–5pm`, `10pm–2am`. */
function rangeCompact(w: TimeWindow, language: Language, clock: Clock): string {
  if (isAllDay(w)) return ALL_DAY.compact[language];
  const s = wall(w.start);
  const e = wall(w.end);
  // German has no short am/pm ("8 Uhr abends" is its 12-hour clock), so a German line keeps 18.
  if (clock === '24h' || language === 'de') return `${s.h}${minutes(s.m)}–${e.h}${minutes(e.m)}`;
  const [am, pm] = ['am', 'pm'];
  const half = (x: Wall) => (x.h < 12 || x.h === 24 ? am : pm);
  const twelve = (x: Wall) => `${x.h % 12 === 0 ? 12 : x.h % 12}${minutes(x.m)}`;
  const morningToEvening = w.overnight !== true && s.h < 12 && e.h >= 12 && e.h < 24;
  if (morningToEvening) return `${twelve(s)}–${twelve(e)}`;
  if (w.overnight !== true && half(s) === half(e)) return `${twelve(s)}–${twelve(e)}${half(e)}`;
  return `${twelve(s)}${half(s)}–${twelve(e)}${half(e)}`;
}

function sortedWindows(windows: readonly TimeWindow[]): TimeWindow[] {
  return [...windows].sort((a, b) => a.start.localeCompare(b.start));
}

function windowsText(windows: readonly TimeWindow[], language: Language, clock: Clock, style: HoursStyle): string {
  if (style === 'compact') return windows.map((w) => rangeCompact(w, language, clock)).join(' & ');
  return windows.map((w) => rangeLong(w, language, clock)).join(language === 'en' ? ' and ' : ' und ');
}

/** Runs of consecutive day indexes: [0,1,2,4] → [[0,2],[4,4]]. */
function runs(days: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === d - 1) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'en' ? 'and' : 'und';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

function daysText(days: readonly number[], language: Language, style: HoursStyle): string {
  if (days.length === 7) return EVERY_DAY[style][language];
  if (style === 'compact') {
    const names = DAYS_SHORT[language];
    return runs(days)
      .map(([a, b]) => (a === b ? names[a]! : `${names[a]!}–${names[b]!}`))
      .join('/');
  }
  const names = DAYS_LONG[language];
  const to = language === 'en' ? 'to' : 'bis';
  const parts = runs(days).flatMap(([a, b]): string[] => {
    if (a === b) return [names[a]!];
    if (b === a + 1) return [names[a]!, names[b]!];
    return [`${names[a]!} ${to} ${names[b]!}`];
  });
  return joinList(parts, language);
}

/**
 * The week in one phrase, days with the same windows grouped (also across a gap: "Monday,
 * Tuesday, Thursday and Friday"), groups in weekday order of their first day; days off are
 * left out. Null when there are no hours at all, so each caller says that in its own words.
 * `groups` tells the caller whether a trailing zone name would read as belonging to one group.
 */
export function hoursPhrase(
  hours: WeeklyHours,
  language: Language,
  clock: Clock,
  style: HoursStyle,
): { text: string; groups: number } | null {
  const byWindows = new Map<string, { windows: TimeWindow[]; days: number[] }>();
  WEEKDAYS.forEach((day, index) => {
    const windows = sortedWindows(hours[day]);
    if (windows.length === 0) return;
    const key = JSON.stringify(windows.map((w) => [w.start, w.end, w.overnight === true]));
    const group = byWindows.get(key) ?? { windows, days: [] };
    group.days.push(index);
    byWindows.set(key, group);
  });
  if (byWindows.size === 0) return null;
  const groups = [...byWindows.values()].map(({ windows, days }) =>
    style === 'compact'
      ? `${daysText(days, language, style)} ${windowsText(windows, language, clock, style)}`
      : `${daysText(days, language, style)}, ${windowsText(windows, language, clock, style)}`,
  );
  return { text: groups.join(style === 'compact' ? ', ' : '; '), groups: groups.length };
}

/**
 * The one time every working day ends, for "anything that arrives after 6 pm"; null when the
 * days end at different times or a window runs overnight (then "outside my hours" is said).
 */
export function commonClosingTime(hours: WeeklyHours): string | null {
  const ends = new Set<string>();
  for (const day of WEEKDAYS) {
    const windows = sortedWindows(hours[day]);
    if (windows.some((w) => w.overnight === true)) return null;
    const last = windows[windows.length - 1];
    if (last !== undefined) ends.add(last.end);
  }
  const [only] = ends;
  return ends.size === 1 && only !== undefined && only !== '24:00' ? only : null;
}
