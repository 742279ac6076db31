/**
 * The date and time of Gmail's "Pick date & time" dialog (research/gmail-dom.md): two text
 * inputs, wall-clock in the device's time zone, written in Gmail's display language. Gmail's UI
 * is built with the Closure Library, and the fields hold Closure's MEDIUM_DATE and SHORT_TIME
 * of the language (research/sent-signals.md §3): `Dec 3, 2026` / `2:05 PM` in English,
 * `03.12.2026` / `14:05` in German. The shapes let the scheduler find the two inputs by what
 * Gmail pre-filled (their ids change each time), tell the language, and write the new values
 * in that same shape. Intl's own short date is kept as a fallback for languages outside the
 * table. No luxon in the content script: Intl gives the wall clock and the month names.
 */
import { monthNames } from './month-names.ts';

const ODD_SPACES = /[\u00a0\u202f]/g;
/** Intl and CLDR 42+ put a narrow no-break space before AM/PM; a plain one is accepted too. */
const plain = (text: string) => text.replace(ODD_SPACES, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PickerFormat {
  readonly locale: string;
  /** `Dec 3, 2026` for `at` in the device's zone (or `timeZone`). */
  date(at: Date): string;
  /** `2:05 PM`. */
  time(at: Date): string;
  isDate(value: string): boolean;
  isTime(value: string): boolean;
}

/**
 * Closure's MEDIUM_DATE (`DATEFORMATS[2]`) and SHORT_TIME (`TIMEFORMATS[3]`), from
 * `closure/goog/i18n/datetimesymbols.js` (google/closure-library b312823e, 2024-08-01, CLDR 43),
 * as collected in research/sent-signals.md §3. `en` is en_US; `pt` is pt_BR.
 */
export const CLOSURE_PATTERNS: Readonly<Record<string, { date: string; time: string }>> = {
  en: { date: 'MMM d, y', time: 'h:mm a' },
  'en-GB': { date: 'd MMM y', time: 'HH:mm' },
  de: { date: 'dd.MM.y', time: 'HH:mm' },
  fr: { date: 'd MMM y', time: 'HH:mm' },
  es: { date: 'd MMM y', time: 'H:mm' },
  it: { date: 'd MMM y', time: 'HH:mm' },
  nl: { date: 'd MMM y', time: 'HH:mm' },
  pt: { date: "d 'de' MMM 'de' y", time: 'HH:mm' },
  'pt-PT': { date: 'dd/MM/y', time: 'HH:mm' },
};

/** Closure's AM/PM (`AMPMS`); the table's other languages write 24-hour times. */
const PERIODS = ['AM', 'PM'] as const;

type Token = { field: string } | { literal: string };

/** `d 'de' MMM` → fields and literals, as Closure's DateTimeFormat reads a pattern. */
function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out.push({ literal: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (/[a-zA-Z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out.push({ field: pattern.slice(i, j) });
      i = j;
    } else {
      out.push({ literal: ch });
      i++;
    }
  }
  return out;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(at: Date, timeZone?: string): Wall {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month') - 1, day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

/** Short month names of `locale` as they stand inside a date (`déc.`, `Sept`, `mrt`), January first. */
function shortMonths(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return Array.from(
    { length: 12 },
    (_, m) => format.formatToParts(new Date(Date.UTC(2026, m, 15))).find((p) => p.type === 'month')?.value ?? '',
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

function write(list: readonly Token[], wall: Wall, months: readonly string[], space: string): string {
  return list
    .map((token) => {
      if ('literal' in token) return token.literal.replace(/ /g, space);
      switch (token.field) {
        case 'y':
        case 'yyyy':
          return String(wall.year);
        case 'MMM':
          return months[wall.month] ?? '';
        case 'MM':
          return pad(wall.month + 1);
        case 'M':
          return String(wall.month + 1);
        case 'dd':
          return pad(wall.day);
        case 'd':
          return String(wall.day);
        case 'HH':
          return pad(wall.hour);
        case 'H':
          return String(wall.hour);
        case 'hh':
          return pad(wall.hour % 12 || 12);
        case 'h':
          return String(wall.hour % 12 || 12);
        case 'mm':
          return pad(wall.minute);
        case 'a':
          return PERIODS[wall.hour < 12 ? 0 : 1];
        default:
          return token.field;
      }
    })
    .join('');
}

/** What a pattern matches: its literals (any space), digits padded or not, its month names with or without a dot. */
function shapeOf(list: readonly Token[], months: readonly string[]): RegExp {
  const names = months
    .flatMap((name) => [name, name.replace(/\.$/, ''), `${name.replace(/\.$/, '')}.`])
    .filter((n) => n !== '');
  const source = list
    .map((token) => {
      if ('literal' in token) return escape(token.literal).replace(/ +/g, '\\s*');
      const { field } = token;
      if (field.startsWith('y')) return '\\d{4}';
      if (field === 'MMM')
        return `(?:${[...new Set(names)]
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|')})`;
      if (field === 'mm') return '\\d{2}';
      if (field === 'a') return `(?:${PERIODS.join('|')})`;
      return '\\d{1,2}';
    })
    .join('');
  return new RegExp(`^${source}$`, 'iu');
}

/** The narrow no-break space of CLDR 42+ when the pre-filled value has one, else a plain space. */
const spaceOf = (sample: string | undefined) =>
  sample?.includes('\u202f') ? '\u202f' : sample?.includes('\u00a0') ? '\u00a0' : ' ';

/** Closure's patterns for `locale` (`de-DE` → `de`, `pt-BR` → `pt`), or null outside the table. */
export function closurePatterns(locale: string): { date: string; time: string } | null {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(locale)[0] ?? locale;
  } catch {
    return null;
  }
  return CLOSURE_PATTERNS[tag] ?? CLOSURE_PATTERNS[tag.split('-')[0]!] ?? null;
}

/**
 * The picker's format in `locale` as Closure writes it. `sample`, the values Gmail pre-filled,
 * keeps the shape of what is written the same (the space before AM/PM).
 */
function closureFormat(
  locale: string,
  patterns: { date: string; time: string },
  timeZone?: string,
  sample?: { time?: string },
): PickerFormat {
  const months = shortMonths(locale);
  const dateTokens = tokens(patterns.date);
  const timeTokens = tokens(patterns.time);
  const dateShape = shapeOf(dateTokens, months);
  const timeShape = shapeOf(timeTokens, months);
  const space = spaceOf(sample?.time);
  return {
    locale,
    date: (at) => write(dateTokens, wallClock(at, timeZone), months, ' '),
    time: (at) => write(timeTokens, wallClock(at, timeZone), months, space),
    isDate: (value) => dateShape.test(plain(value).trim()),
    isTime: (value) => timeShape.test(plain(value).trim()),
  };
}

/** Intl's short date (`16. Mai 2026`) and time, for a language Closure's table above does not hold. */
function intlShapeOf(
  format: Intl.DateTimeFormat,
  words: Partial<Record<Intl.DateTimeFormatPartTypes, readonly string[]>>,
): RegExp {
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

function intlFormat(locale: string, timeZone?: string): PickerFormat {
  const dateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const months = [...monthNames(locale).keys()]
    .flatMap((name) => [`${name}.`, name])
    .sort((a, b) => b.length - a.length);
  const utcTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const periods = [1, 13].flatMap((hour) =>
    utcTime
      .formatToParts(new Date(Date.UTC(2026, 4, 16, hour)))
      .filter((p) => p.type === 'dayPeriod')
      .map((p) => p.value),
  );
  const dateShape = intlShapeOf(dateFormat, { month: months });
  const timeShape = intlShapeOf(timeFormat, { dayPeriod: periods });
  return {
    locale,
    date: (at) => plain(dateFormat.format(at)),
    time: (at) => plain(timeFormat.format(at)),
    isDate: (value) => dateShape.test(plain(value).trim()),
    isTime: (value) => timeShape.test(plain(value).trim()),
  };
}

/** The formats `locale` may write the picker in, the likeliest first: Closure's, then Intl's. */
function candidates(locale: string, timeZone?: string): PickerFormat[] {
  const patterns = closurePatterns(locale);
  const intl = intlFormat(locale, timeZone);
  return patterns ? [closureFormat(locale, patterns, timeZone), intl] : [intl];
}

/** The picker's format in `locale`: Closure's where the table knows the language, else Intl's. */
export function pickerFormat(locale: string, timeZone?: string): PickerFormat {
  return candidates(locale, timeZone)[0]!;
}

/**
 * Which of `values` is the date and which the time, and the format they are written in: the
 * first of `locales` (and of its formats) whose shapes fit two different values, tuned to
 * write what Gmail pre-filled. Null when none does.
 */
export function recognisePicker(
  values: readonly string[],
  locales: readonly string[],
  timeZone?: string,
): { date: number; time: number; format: PickerFormat } | null {
  for (const locale of locales) {
    const patterns = closurePatterns(locale);
    for (const [index, probe] of candidates(locale, timeZone).entries()) {
      const date = values.findIndex((value) => probe.isDate(value));
      const time = values.findIndex((value, i) => i !== date && probe.isTime(value));
      if (date < 0 || time < 0) continue;
      const closure = patterns !== null && index === 0;
      return {
        date,
        time,
        format: closure ? closureFormat(locale, patterns, timeZone, { time: values[time] }) : probe,
      };
    }
  }
  return null;
}
