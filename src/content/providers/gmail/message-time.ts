/**
 * When a message arrived, from the `title` Gmail gives its time (`span.g3[title]`):
 * `Mon, Nov 23, 2026, 8:12 PM` in English, `Mo., 23. Nov. 2026, 20:12` in German — a wall-clock
 * time in the device's time zone, written in Gmail's display language.
 */
import { monthKey, monthNames } from './month-names.ts';

const SPACES = /[\s\u00a0\u202f]+/g;
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const TIME = /(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s*m\b\.?)?/;

interface Day {
  year: number;
  month: number;
  day: number;
}

function numericDay(text: string): Day | null {
  const m = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  // `23.11.2026` (day first) and `11/23/2026` (month first) are the two written forms.
  return m[2] === '.' ? { year: Number(m[4]), month: b - 1, day: a } : { year: Number(m[4]), month: a - 1, day: b };
}

function wordDay(text: string, locales: readonly string[], thisYear: number): Day | null {
  const yearMatch = /(?:^|\D)(\d{4})(?!\d)/.exec(text);
  const words = text.match(/\p{L}+\.?/gu) ?? [];
  let month: number | undefined;
  for (const locale of locales) {
    const names = monthNames(locale);
    month = words.map((word) => names.get(monthKey(word))).find((m) => m !== undefined);
    if (month !== undefined) break;
  }
  if (month === undefined) return null;
  const withoutYear = yearMatch ? text.replace(yearMatch[1]!, ' ') : text;
  const dayMatch = /(?:^|\D)(\d{1,2})(?!\d)/.exec(withoutYear);
  if (!dayMatch) return null;
  return { year: yearMatch ? Number(yearMatch[1]) : thisYear, month, day: Number(dayMatch[1]) };
}

/** The instant (UTC ISO) a Gmail date-and-time text stands for, or null when it is not one. */
export function parseMessageTime(title: string, locales: readonly string[], now: Date = new Date()): string | null {
  const text = title.replace(MARKS, '').replace(SPACES, ' ').trim().toLowerCase();
  const time = TIME.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  if (time[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (time[3] === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const rest = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`;
  const day = numericDay(rest) ?? wordDay(rest, locales, now.getFullYear());
  if (!day || day.month < 0 || day.month > 11) return null;
  const local = new Date(day.year, day.month, day.day, hour, minute);
  if (Number.isNaN(local.getTime()) || local.getDate() !== day.day) return null;
  return local.toISOString();
}
