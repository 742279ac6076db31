/**
 * The time off worth announcing: what is under way or starts within the next 30 days, read in
 * the client's zone, overlapping entries merged, written as dates people say ("24 December",
 * "24. Dezember"). Month names are spelled here, not by the engine, so the text is the same
 * in every browser.
 */
import { isHolidayTimeOff } from './holiday-choice.ts';
import { DateTime } from 'luxon';
import type { IsoDate, TimeOff } from './profile.ts';
import type { Language } from './statement-types.ts';

/** Time off starting later than this many days after today is not announced yet. */
export const TIME_OFF_HORIZON_DAYS = 30;

const MONTHS: Record<Language, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};
const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A stretch away, `ongoing` when it began before today (so only its end is worth saying). */
export interface Away {
  start: IsoDate;
  end: IsoDate;
  ongoing: boolean;
  /** The public holidays in the stretch, by name (absent when there are none): said to the client. */
  holidays?: string[];
}

/** The stretches to announce, in date order; ISO dates compare as strings. */
export function upcomingTimeOff(timeOff: readonly TimeOff[], zone: string, now: Date): Away[] {
  const today = DateTime.fromJSDate(now, { zone });
  const first = today.toISODate() ?? '';
  const last = today.plus({ days: TIME_OFF_HORIZON_DAYS }).toISODate() ?? '';
  const relevant = timeOff
    .filter((t) => t.end >= first && t.start <= last)
    .sort((a, b) => a.start.localeCompare(b.start));
  const merged: { start: IsoDate; end: IsoDate; holidays: string[] }[] = [];
  for (const t of relevant) {
    const prev = merged[merged.length - 1];
    const names = isHolidayTimeOff(t) ? [t.label] : [];
    if (prev !== undefined && t.start <= dayAfter(prev.end)) {
      if (t.end > prev.end) prev.end = t.end;
      for (const name of names) if (!prev.holidays.includes(name)) prev.holidays.push(name);
    } else merged.push({ start: t.start, end: t.end, holidays: names });
  }
  return merged.map(({ holidays, ...m }) => ({
    ...m,
    ongoing: m.start < first,
    ...(holidays.length === 0 ? {} : { holidays }),
  }));
}

function dayAfter(date: IsoDate): IsoDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate() ?? date;
}

function parts(date: IsoDate): { d: number; m: number } {
  const [, m = '1', d = '1'] = date.split('-');
  return { d: Number(d), m: Number(m) - 1 };
}

/** `24 December`, `24. Dezember`. */
export function dateInText(date: IsoDate, language: Language): string {
  const { d, m } = parts(date);
  return language === 'en' ? `${d} ${MONTHS.en[m]!}` : `${d}. ${MONTHS.de[m]!}`;
}

/** The start of a range whose end is in the same month: `24` / `24.` (from "24 to 28 December"). */
function startInText(start: IsoDate, end: IsoDate, language: Language): string {
  const s = parts(start);
  const sameMonth = s.m === parts(end).m && start.slice(0, 4) === end.slice(0, 4);
  if (!sameMonth) return dateInText(start, language);
  return language === 'en' ? String(s.d) : `${s.d}.`;
}

/** ` (Boxing Day)` after a stretch with public holidays, so the client knows why. */
const holidayNames = (a: Away) => (a.holidays === undefined ? '' : ` (${a.holidays.join(', ')})`);

/** One stretch in prose: `from 24 to 28 December`, `on 26 December (Boxing Day)`, `until 2 January`. */
export function awayInProse(a: Away, language: Language): string {
  const en = language === 'en';
  if (a.ongoing) return `${en ? 'until' : 'noch bis'} ${dateInText(a.end, language)}${holidayNames(a)}`;
  if (a.start === a.end) return `${en ? 'on' : 'am'} ${dateInText(a.start, language)}${holidayNames(a)}`;
  return en
    ? `from ${startInText(a.start, a.end, language)} to ${dateInText(a.end, language)}${holidayNames(a)}`
    : `vom ${startInText(a.start, a.end, language)} bis ${dateInText(a.end, language)}${holidayNames(a)}`;
}

/** One stretch in a list: `24 to 28 December`, `31 December`, `until 2 January`. */
export function awayInList(a: Away, language: Language): string {
  const en = language === 'en';
  if (a.ongoing) return `${en ? 'until' : 'bis'} ${dateInText(a.end, language)}${holidayNames(a)}`;
  if (a.start === a.end) return `${dateInText(a.start, language)}${holidayNames(a)}`;
  return `${startInText(a.start, a.end, language)} ${en ? 'to' : 'bis'} ${dateInText(a.end, language)}${holidayNames(a)}`;
}

/** For the signature: `24 Dec–1 Jan`, `24–28 Dec`; German `24.12.–1.1.`. */
export function awayCompact(a: Away, language: Language): string {
  const short = (date: IsoDate) => {
    const { d, m } = parts(date);
    return language === 'en' ? `${d} ${MONTHS_SHORT_EN[m]!}` : `${d}.${m + 1}.`;
  };
  if (a.ongoing) return `${language === 'en' ? 'until' : 'bis'} ${short(a.end)}`;
  if (a.start === a.end) return short(a.start);
  const s = parts(a.start);
  if (language === 'en' && s.m === parts(a.end).m) return `${s.d}–${short(a.end)}`;
  return `${short(a.start)}–${short(a.end)}`;
}
