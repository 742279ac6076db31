/**
 * The date and time of Gmail's "Pick date & time" dialog (research/gmail-dom.md): a date shaped
 * like `May 16, 2026` and a time like `1:33 PM` in English, each in Gmail's display language,
 * wall-clock in the device's time zone. Intl writes both (no luxon in the content script); the
 * shapes let the scheduler find the two inputs by what they hold, as their ids change each time,
 * and tell which language they are written in.
 */
import { monthNames } from './month-names.ts';

const ODD_SPACES = /[\u00a0\u202f]/g;
/** Intl puts a narrow no-break space before AM/PM; Gmail writes a plain one. */
const plain = (text: string) => text.replace(ODD_SPACES, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PickerFormat {
  readonly locale: string;
  /** `May 16, 2026` for `at` in the device's zone (or `timeZone`). */
  date(at: Date): string;
  /** `1:33 PM`. */
  time(at: Date): string;
  isDate(value: string): boolean;
  isTime(value: string): boolean;
}

/** A regular expression for what `format` writes: its literals, any digits, any of its words. */
function shapeOf(format: Intl.DateTimeFormat, words: Partial<Record<Intl.DateTimeFormatPartTypes, readonly string[]>>): RegExp {
  const sample = format.formatToParts(new Date(Date.UTC(2026, 4, 16, 13, 33)));
  const source = sample
    .map((part) => {
      const choices = words[part.type];
      if (choices) return `(?:${choices.map(escape).join('|')})`;
      if (part.type === 'literal') return escape(plain(part.value)).replace(/ +/g, '\\s*');
      if (part.type === 'year') return '\\d{4}';
      if (part.type === 'minute') return '\\d{2}';
      return /^\d+$/.test(part.value) ? '\\d{1,2}' : escape(part.value);
    })
    .join('');
  return new RegExp(`^${source}$`, 'iu');
}

export function pickerFormat(locale: string, timeZone?: string): PickerFormat {
  const dateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  // Month names with an optional trailing dot; AM/PM as this locale writes them.
  const months = [...monthNames(locale).keys()].flatMap((name) => [`${name}.`, name]).sort((a, b) => b.length - a.length);
  const utcTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const periods = [1, 13].flatMap((hour) => utcTime.formatToParts(new Date(Date.UTC(2026, 4, 16, hour))).filter((p) => p.type === 'dayPeriod').map((p) => p.value));
  const dateShape = shapeOf(dateFormat, { month: months });
  const timeShape = shapeOf(timeFormat, { dayPeriod: periods });
  return {
    locale,
    date: (at) => plain(dateFormat.format(at)),
    time: (at) => plain(timeFormat.format(at)),
    isDate: (value) => dateShape.test(plain(value).trim()),
    isTime: (value) => timeShape.test(plain(value).trim()),
  };
}

/**
 * Which of `values` is the date and which the time, and the language they are written in: the
 * first of `locales` whose shapes fit two different values. Null when none does.
 */
export function recognisePicker(values: readonly string[], locales: readonly string[], timeZone?: string): { date: number; time: number; format: PickerFormat } | null {
  for (const locale of locales) {
    const format = pickerFormat(locale, timeZone);
    const date = values.findIndex((value) => format.isDate(value));
    const time = values.findIndex((value, index) => index !== date && format.isTime(value));
    if (date >= 0 && time >= 0) return { date, time, format };
  }
  return null;
}
