/**
 * Checks a client profile (or the settings) completely and says what is wrong in words a
 * person can act on (DESIGN §2 stories 1 and 9, §4 "every value read is validated").
 *
 * Every problem is reported at once, not just the first: the structural ones from the valibot
 * schema (`profile-schema.ts`) and the semantic ones (a time zone that does not exist, a window
 * that ends before it starts, overlapping windows, impossible dates, an address listed twice or
 * claimed by another client, a business-day promise without working hours). Semantic checks
 * run on every part that is well-formed even when other parts are not, so one pass over a bad
 * file or a bad draft shows everything.
 *
 * Each problem has a `path` into the data (`hours.mon[0].end`) and a full sentence naming the
 * place in human terms, prefixed by the profile's name when it has one:
 * `Acme, Monday window 1: ends (08:00) before it starts (18:00). …`.
 */
import * as v from 'valibot';
import { normalizeMatchEntry } from './matching.ts';
import type { HolidayChoice } from './holiday-choice.ts';
import type { Problem } from './problem.ts';
import { unknownPlaceholder } from './statement-template.ts';
import {
  WEEKDAYS,
  type ClientProfile,
  type PromiseRule,
  type Settings,
  type TimeWindow,
  type Weekday,
} from './profile.ts';
import {
  ClientProfileSchema,
  HolidayChoiceSchema,
  ISO_DATE,
  LIMITS,
  PromiseRuleSchema,
  SettingsSchema,
  TimeOffSchema,
  TimeWindowSchema,
  WeeklyHoursSchema,
} from './profile-schema.ts';
import { isValidTimeZone, resolveTimeZone } from './zones.ts';

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export type ProfileValidation = { ok: true; profile: ClientProfile } | { ok: false; problems: Problem[] };
export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; problems: Problem[] };

export interface ValidateProfileOptions {
  /**
   * Put in front of every message instead of the profile's name (`"Profile 2 (Acme), "`).
   * Default: `"<name>, "`, or nothing when the profile has no name.
   */
  prefix?: string;
  /**
   * `new` (the default: a save, an import, the editor): the time zone must be one every
   * supported browser knows, and is stored under its canonical name. `stored`: a record read
   * back from IndexedDB may keep a name an older Red Cup stored as typed, as long as this
   * engine still knows it — a stricter rule must never make a stored profile unreadable.
   */
  zones?: 'new' | 'stored';
  /**
   * Whether a holiday choice names a country and region the holiday library knows. Only the
   * worker can answer (the library stays out of src/core), so it passes its check on every save
   * and import; without it (the editor, the page's import preview) the codes are not checked.
   */
  holidayProblem?: (choice: HolidayChoice) => Problem | null;
}

type Key = string | number;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `['hours', 'mon', 0, 'end']` → `hours.mon[0].end`. */
export function formatPath(keys: readonly Key[]): string {
  return keys.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`),
    '',
  );
}

/** The most of a text found in the data that a message repeats: messages never echo unbounded input. */
export const QUOTE_CHARS = 40;

/** `text`, cut to QUOTE_CHARS characters (with `…` when cut). */
export function clip(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `"text"` for a message, cut to QUOTE_CHARS characters. */
export function quote(text: string): string {
  return `"${clip(text)}"`;
}

/** How a value found in the data is quoted in a message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : 'an object';
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `prefix + place: text.` — capitalised when there is no prefix, always one full sentence. */
function sentence(prefix: string, place: string, text: string): string {
  const where = prefix === '' ? capitalize(place) : `${prefix}${place}`;
  const body = `${where}: ${text}`;
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

const ordinal = (key: Key | undefined, word: string) => (typeof key === 'number' ? `${word} ${key + 1}` : null);

/** Keys the profile-specific places below do not know: `item 3`, or the key itself. */
function tail(keys: readonly Key[]): string[] {
  return keys.map((k) => (typeof k === 'number' ? `item ${k + 1}` : k));
}

const TOP_PLACES: Record<string, string> = {
  id: 'id',
  name: 'name',
  color: 'colour',
  match: 'addresses and domains',
  timeZone: 'time zone',
  hours: 'weekly hours',
  timeOff: 'time off',
  holidays: 'public holidays',
  promise: 'promise',
  emergency: 'emergency',
  sendLater: 'send later',
  notes: 'notes',
  statementTemplate: 'statement wording',
};
const WINDOW_FIELDS: Record<string, string> = { start: 'start', end: 'end', overnight: '"ends next day"' };
const TIME_OFF_FIELDS: Record<string, string> = { start: 'first day', end: 'last day', label: 'label' };
const HOLIDAY_FIELDS: Record<string, string> = {
  country: 'country',
  region: 'region',
  workAnyway: 'days to work anyway',
};
const PROMISE_RULES: Record<string, string> = { regular: 'promise', afterHours: 'after-hours promise' };
const PROMISE_FIELDS: Record<string, string> = { kind: 'kind', hours: 'hours', time: 'by time' };
const EMERGENCY_FIELDS: Record<string, string> = {
  situations: 'emergency situations',
  keywords: 'emergency keywords',
  channel: 'emergency channel',
};
const SEND_LATER_FIELDS: Record<string, string> = {
  offsetMinutes: 'minutes after window start',
  randomWithinMinutes: 'random within minutes',
};

const label = (labels: Record<string, string>, key: Key | undefined): string | null =>
  typeof key === 'string' ? (labels[key] ?? key) : null;

/** A path inside a profile in human terms: `weekly hours, Monday window 1, end`. */
export function profilePlace(keys: readonly Key[]): string {
  if (keys.length === 0) return 'profile';
  const [top, a, b, c] = keys;
  let parts: (string | null)[];
  let used: number;
  switch (top) {
    case 'match':
      parts = ['addresses and domains', ordinal(a, 'entry')];
      used = 2;
      break;
    case 'hours': {
      const day = typeof a === 'string' && a in WEEKDAY_NAMES ? WEEKDAY_NAMES[a as Weekday] : label({}, a);
      parts = ['weekly hours', typeof b === 'number' ? `${day} window ${b + 1}` : day, label(WINDOW_FIELDS, c)];
      used = 4;
      break;
    }
    case 'timeOff':
      parts = typeof a === 'number' ? [`time off ${a + 1}`, label(TIME_OFF_FIELDS, b)] : ['time off'];
      used = typeof a === 'number' ? 3 : 1;
      break;
    case 'holidays':
      parts = ['public holidays', label(HOLIDAY_FIELDS, a), ordinal(b, 'day')];
      used = 3;
      break;
    case 'promise':
      parts = [label(PROMISE_RULES, a) ?? 'promise', label(PROMISE_FIELDS, b)];
      used = 3;
      break;
    case 'emergency':
      parts = [label(EMERGENCY_FIELDS, a) ?? 'emergency', ordinal(b, 'item')];
      used = 3;
      break;
    case 'sendLater':
      parts = ['send later', label(SEND_LATER_FIELDS, a)];
      used = 2;
      break;
    default:
      parts = [typeof top === 'string' ? (TOP_PLACES[top] ?? top) : `item ${Number(top) + 1}`];
      used = 1;
  }
  return [...parts.filter((p): p is string => p !== null), ...tail(keys.slice(used))].join(', ');
}

const SETTINGS_PLACES: Record<string, string> = {
  defaultProfileId: '"Everyone else" profile',
  clock: 'clock',
  pausedUntil: 'paused until',
  retention: 'keep the record',
  weeklySummary: 'weekly summary',
};

function settingsPlace(keys: readonly Key[]): string {
  const [top, ...rest] = keys;
  return [label(SETTINGS_PLACES, top) ?? 'settings', ...tail(rest)].join(', ');
}

type AnyIssue = v.BaseIssue<unknown>;

function issueKeys(issue: AnyIssue): Key[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** A valibot issue as a Problem: the place, what was expected, what was found. */
function issueProblem(issue: AnyIssue, prefix: string, place: (keys: readonly Key[]) => string): Problem {
  const keys = issueKeys(issue);
  const where = place(keys);
  if (issue.kind === 'schema' && issue.input === undefined && keys.length > 0) {
    const text = `${prefix === '' ? capitalize(where) : `${prefix}${where}`} is missing.`;
    return { path: formatPath(keys), message: text };
  }
  const got =
    issue.type === 'max_length' && typeof issue.input === 'string'
      ? `${issue.input.length.toLocaleString('en-US')} characters`
      : show(issue.input);
  const text = `${issue.message}, got ${got}`;
  if (keys.length === 0) return rootProblem(prefix, where, text);
  return { path: formatPath(keys), message: sentence(prefix, where, text) };
}

/** The whole thing is wrong: "Profile 3: expected …", not "Profile 3, profile: expected …". */
function rootProblem(prefix: string, place: string, text: string): Problem {
  return {
    path: '',
    message: prefix === '' ? sentence('', place, text) : sentence('', prefix.replace(/,\s*$/, ''), text),
  };
}

/** Strict `HH:mm` (or `24:00`) to minutes; the schema has already checked the format. */
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `YYYY-MM-DD` that names a day on the calendar (no 2026-02-30). */
export function isRealDate(date: string): boolean {
  if (!ISO_DATE.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

const showWindow = (w: TimeWindow) => `${w.start}–${w.end}${w.overnight === true ? ' next day' : ''}`;

const BUSINESS_KINDS = new Set<PromiseRule['kind']>([
  'within-business-hours',
  'same-business-day',
  'next-business-day-by',
]);

const FIELD_ORDER = ['', ...Object.keys(TOP_PLACES)];

/** Sorts problems the way the data reads: by field as the editor shows them, weekdays in order, entries by index. */
function orderKey(path: string): string {
  const top = /^[A-Za-z]*/.exec(path)?.[0] ?? '';
  const rank = FIELD_ORDER.indexOf(top);
  const rest = path
    .slice(top.length)
    .replace(/^\.(mon|tue|wed|thu|fri|sat|sun)\b/, (_, day: Weekday) => `.${WEEKDAYS.indexOf(day)}`)
    .replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(6, '0')}]`);
  return `${String(rank < 0 ? FIELD_ORDER.length : rank).padStart(2, '0')}${rest}`;
}

interface DayWindow {
  i: number;
  start: number;
  end: number;
  window: TimeWindow;
}

/**
 * Windows starting on the same day must not overlap (an overnight window running into the next
 * day's early window is not checked). Sorted by start and swept once, O(n log n): each window is
 * compared with the one reaching furthest among those that start before it. Each overlap is
 * reported once, at the window listed later, naming the one listed earlier; in list order.
 */
function overlaps(windows: readonly DayWindow[]): { earlier: DayWindow; later: DayWindow }[] {
  const byStart = [...windows].sort((a, b) => a.start - b.start || a.i - b.i);
  const found = new Map<number, { earlier: DayWindow; later: DayWindow }>();
  let reach: DayWindow | undefined;
  for (const w of byStart) {
    if (reach !== undefined && w.start < reach.end) {
      const [earlier, later] = reach.i < w.i ? [reach, w] : [w, reach];
      if (!found.has(later.i)) found.set(later.i, { earlier, later });
    }
    if (reach === undefined || w.end > reach.end) reach = w;
  }
  return [...found.values()].sort((a, b) => a.later.i - b.later.i);
}

/** The lists whose length is limited, where they are, and how a message names their items. */
const LIST_LIMITS: readonly { keys: readonly [string] | readonly [string, string]; max: number; noun: string }[] = [
  { keys: ['match'], max: LIMITS.matchEntries, noun: 'addresses and domains' },
  ...WEEKDAYS.map((day) => ({
    keys: ['hours', day] as const,
    max: LIMITS.windowsPerDay,
    noun: `windows on ${WEEKDAY_NAMES[day]}`,
  })),
  { keys: ['timeOff'], max: LIMITS.timeOffRanges, noun: 'time-off ranges' },
  { keys: ['holidays', 'workAnyway'], max: LIMITS.workAnywayDays, noun: 'public holidays to work anyway' },
  { keys: ['emergency', 'situations'], max: LIMITS.situations, noun: 'emergency situations' },
  { keys: ['emergency', 'keywords'], max: LIMITS.keywords, noun: 'emergency keywords' },
];

/**
 * Lists over their limit, each named with the limit ("Acme Corp has 250,000 windows on Monday;
 * at most 12 are allowed"), and a view of `raw` in which such a list is cut to its limit — so
 * the checks that look inside the lists run on bounded input, whatever the file holds.
 */
function boundLists(
  raw: Record<string, unknown>,
  prefix: string,
): { bounded: Record<string, unknown>; problems: Problem[] } {
  const who = prefix.replace(/,\s*$/, '') || 'This client';
  const problems: Problem[] = [];
  let bounded = raw;
  for (const { keys, max, noun } of LIST_LIMITS) {
    const [top, inner] = keys;
    const parent: unknown = inner === undefined ? raw : raw[top];
    if (!isRecord(parent)) continue;
    const list = parent[inner ?? top];
    if (!Array.isArray(list) || list.length <= max) continue;
    problems.push({
      path: formatPath(keys),
      message: `${who} has ${list.length.toLocaleString('en-US')} ${noun}; at most ${max.toLocaleString('en-US')} are allowed.`,
    });
    if (bounded === raw) bounded = { ...raw };
    const cut = list.slice(0, max);
    if (inner === undefined) bounded[top] = cut;
    else bounded[top] = { ...(bounded[top] as Record<string, unknown>), [inner]: cut };
  }
  return { bounded, problems };
}

function displayName(p: { name: string }): string {
  const name = p.name.trim();
  return name === '' ? 'an unnamed client' : name;
}

/** The semantic checks, on every part of `raw` that is well-formed. */
function semanticProblems(
  raw: Record<string, unknown>,
  others: readonly ClientProfile[],
  prefix: string,
  zones: 'new' | 'stored',
  holidayProblem: ValidateProfileOptions['holidayProblem'],
): Problem[] {
  const problems: Problem[] = [];
  const add = (keys: readonly Key[], place: string, text: string) =>
    problems.push({ path: formatPath(keys), message: sentence(prefix, place, text) });

  if (typeof raw.name === 'string' && raw.name.trim() === '') add(['name'], 'name', "enter the client's name");

  if (Array.isArray(raw.match)) {
    const place = 'addresses and domains';
    const claimedBy = new Map<string, { owner: ClientProfile; typed: string }>();
    for (const other of others) {
      if (other.id === raw.id) continue;
      for (const entry of other.match) {
        const n = normalizeMatchEntry(entry);
        if (n !== null && !claimedBy.has(n)) claimedBy.set(n, { owner: other, typed: entry.trim() });
      }
    }
    const seen = new Map<string, string>();
    raw.match.forEach((entry: unknown, i) => {
      if (typeof entry !== 'string') return;
      const text = entry.trim();
      const keys = ['match', i];
      if (text === '') return add(keys, place, `entry ${i + 1} is blank`);
      const n = normalizeMatchEntry(text);
      if (n === null) return add(keys, place, `${quote(text)} is not an e-mail address or a domain`);
      const earlier = seen.get(n);
      if (earlier !== undefined) {
        return add(
          keys,
          place,
          earlier === text
            ? `${quote(text)} is listed twice`
            : `${quote(text)} is the same as ${quote(earlier)}, listed before`,
        );
      }
      seen.set(n, text);
      const claim = claimedBy.get(n);
      if (claim !== undefined) add(keys, place, conflictText(text, claim.typed, displayName(claim.owner)));
    });
  }

  if (typeof raw.timeZone === 'string') {
    const zone = raw.timeZone;
    if (zone.trim() === '') add(['timeZone'], 'time zone', 'choose a time zone');
    else if (resolveTimeZone(zone) === null) {
      if (!isValidTimeZone(zone)) add(['timeZone'], 'time zone', `${quote(zone)} is not a known time zone`);
      else if (zones === 'new') {
        add(
          ['timeZone'],
          'time zone',
          `${quote(zone)} is an old name that not every browser knows. Choose the zone by its city, e.g. "America/Los_Angeles"`,
        );
      }
    }
  }

  if (isRecord(raw.hours)) {
    for (const day of WEEKDAYS) {
      const list: unknown = raw.hours[day];
      if (!Array.isArray(list)) continue;
      const good: DayWindow[] = [];
      list.forEach((window: unknown, i) => {
        if (!v.is(TimeWindowSchema, window)) return;
        const place = `${WEEKDAY_NAMES[day]} window ${i + 1}`;
        const start = minutesOf(window.start);
        const end = minutesOf(window.end);
        if (window.overnight === true) {
          // end === start overnight: a full 24 hours, allowed.
          if (end > start) {
            add(
              ['hours', day, i, 'overnight'],
              place,
              `"ends next day" is ticked, but it ends (${window.end}) after it starts (${window.start}) on the same day. Untick "ends next day"`,
            );
          } else good.push({ i, start, end: end + 1440, window });
        } else if (end < start) {
          add(
            ['hours', day, i, 'end'],
            place,
            `ends (${window.end}) before it starts (${window.start}). Tick "ends next day" if it runs past midnight`,
          );
        } else if (end === start) {
          add(
            ['hours', day, i, 'end'],
            place,
            `starts and ends at ${window.start}, so it is empty. Change the end, or tick "ends next day" for a full 24 hours`,
          );
        } else good.push({ i, start, end, window });
      });
      for (const { earlier, later } of overlaps(good)) {
        add(
          ['hours', day, later.i],
          `${WEEKDAY_NAMES[day]} window ${later.i + 1}`,
          `${showWindow(later.window)} overlaps window ${earlier.i + 1} (${showWindow(earlier.window)}). Merge them or change one`,
        );
      }
    }
  }

  if (Array.isArray(raw.timeOff)) {
    raw.timeOff.forEach((entry: unknown, i) => {
      if (!v.is(TimeOffSchema, entry)) return;
      const place = `time off ${i + 1}`;
      const startReal = isRealDate(entry.start);
      const endReal = isRealDate(entry.end);
      if (!startReal) add(['timeOff', i, 'start'], place, `the first day "${entry.start}" is not a real date`);
      if (!endReal) add(['timeOff', i, 'end'], place, `the last day "${entry.end}" is not a real date`);
      if (startReal && endReal && entry.end < entry.start) {
        add(['timeOff', i, 'end'], place, `the last day (${entry.end}) is before the first day (${entry.start})`);
      }
    });
  }

  if (v.is(HolidayChoiceSchema, raw.holidays)) {
    const choice = v.parse(HolidayChoiceSchema, raw.holidays);
    choice.workAnyway.forEach((date, i) => {
      if (!isRealDate(date)) {
        add(['holidays', 'workAnyway', i], 'public holidays', `the day to work anyway "${date}" is not a real date`);
      }
    });
    // The library's own message already says "Public holidays: …"; only the name goes in front.
    const problem = holidayProblem?.({ ...choice, workAnyway: [] }) ?? null;
    if (problem !== null) {
      const message =
        prefix === ''
          ? problem.message
          : `${prefix}${problem.message.charAt(0).toLowerCase()}${problem.message.slice(1)}`;
      problems.push({ path: problem.path, message });
    }
  }

  if (typeof raw.statementTemplate === 'string') {
    const unknown = unknownPlaceholder(raw.statementTemplate);
    if (unknown !== null) add(['statementTemplate'], 'statement wording', unknown);
  }

  if (v.is(WeeklyHoursSchema, raw.hours) && isRecord(raw.promise)) {
    const hours = raw.hours;
    const windows = WEEKDAYS.reduce((n, day) => n + hours[day].length, 0);
    if (windows === 0) {
      for (const key of ['regular', 'afterHours'] as const) {
        const rule = raw.promise[key];
        if (!v.is(PromiseRuleSchema, rule) || !BUSINESS_KINDS.has(rule.kind)) continue;
        add(
          ['promise', key],
          PROMISE_RULES[key]!,
          'the weekly hours have no working hours, so a business-day promise can never be kept. Add a window, or promise an answer within a number of hours',
        );
      }
    }
  }

  return problems;
}

/** The parsed profile as stored: name and match entries trimmed, absent optional keys left out. */
function cleanProfile(p: ClientProfile): ClientProfile {
  const rule = (r: PromiseRule): PromiseRule => ({ ...r });
  const hours = {} as ClientProfile['hours'];
  for (const day of WEEKDAYS) {
    hours[day] = p.hours[day].map((w) =>
      w.overnight === undefined
        ? { start: w.start, end: w.end }
        : { start: w.start, end: w.end, overnight: w.overnight },
    );
  }
  const promise: ClientProfile['promise'] = { regular: rule(p.promise.regular) };
  if (p.promise.afterHours !== undefined) promise.afterHours = rule(p.promise.afterHours);
  return {
    id: p.id,
    ...(p.revision === undefined ? {} : { revision: p.revision }),
    name: p.name.trim(),
    color: p.color,
    match: p.match.map((m) => m.trim()),
    timeZone: resolveTimeZone(p.timeZone) ?? p.timeZone,
    hours,
    timeOff: p.timeOff.map((t) =>
      t.label === undefined ? { start: t.start, end: t.end } : { start: t.start, end: t.end, label: t.label },
    ),
    ...(p.holidays === undefined ? {} : { holidays: cleanHolidays(p.holidays) }),
    promise,
    emergency: {
      situations: [...p.emergency.situations],
      keywords: [...p.emergency.keywords],
      channel: p.emergency.channel,
    },
    sendLater: {
      offsetMinutes: p.sendLater.offsetMinutes,
      randomWithinMinutes: p.sendLater.randomWithinMinutes,
      delivery: p.sendLater.delivery,
    },
    notes: p.notes,
    ...(p.statementTemplate === undefined ? {} : { statementTemplate: p.statementTemplate }),
  };
}

function cleanHolidays(h: HolidayChoice): HolidayChoice {
  // Each day once, in order: the editor toggles days in and out, a file may repeat one.
  const workAnyway = [...new Set(h.workAnyway)].sort();
  return h.region === undefined
    ? { country: h.country, workAnyway }
    : { country: h.country, region: h.region, workAnyway };
}

/** The message prefix for a profile: `"Acme, "`, or nothing without a usable name. */
export function namePrefix(input: unknown): string {
  const name = isRecord(input) && typeof input.name === 'string' ? input.name.trim() : '';
  return name === '' ? '' : `${clip(name)}, `;
}

/**
 * Checks a profile completely. `others` are the other stored profiles: an address or domain
 * one of them already claims (same normalised form) is a problem; a profile in `others` with
 * the same id is the one being replaced and is ignored. (A domain in one profile and an address
 * inside it in another is fine: the exact address wins.)
 */
export function validateProfile(
  input: unknown,
  others: readonly ClientProfile[] = [],
  options: ValidateProfileOptions = {},
): ProfileValidation {
  const prefix = options.prefix ?? namePrefix(input);
  // valibot's object schema lets a list through as an object; a list is never a profile.
  if (Array.isArray(input))
    return { ok: false, problems: [rootProblem(prefix, 'profile', 'expected a profile (an object), got a list')] };
  // Lists over their limit first: they are what makes the profile unusable, and a long list of
  // problems inside such a list must not push them out of a capped refusal.
  const { bounded, problems: oversize }: { bounded: unknown; problems: Problem[] } = isRecord(input)
    ? boundLists(input, prefix)
    : { bounded: input, problems: [] };
  const problems: Problem[] = [];
  const parsed = v.safeParse(ClientProfileSchema, bounded);
  if (!parsed.success) for (const issue of parsed.issues) problems.push(issueProblem(issue, prefix, profilePlace));
  if (isRecord(bounded))
    for (const p of semanticProblems(bounded, others, prefix, options.zones ?? 'new', options.holidayProblem))
      problems.push(p);
  if (oversize.length > 0 || problems.length > 0 || !parsed.success) {
    // Stable: at one place, the structural problems come first, then the semantic ones.
    const keyed = problems.map((p) => ({ p, key: orderKey(p.path) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { ok: false, problems: [...oversize, ...keyed.map(({ p }) => p)] };
  }
  return { ok: true, profile: cleanProfile(parsed.output) };
}

/** Checks the settings record (structure only: whether the default profile exists is the store's business). */
export function validateSettings(input: unknown): SettingsValidation {
  if (Array.isArray(input))
    return { ok: false, problems: [rootProblem('', 'settings', 'expected the settings (an object), got a list')] };
  const parsed = v.safeParse(SettingsSchema, input);
  if (parsed.success) {
    const { defaultProfileId, clock, pausedUntil, retention, weeklySummary } = parsed.output;
    return { ok: true, settings: { defaultProfileId, clock, pausedUntil, retention, weeklySummary } };
  }
  return { ok: false, problems: parsed.issues.map((issue) => issueProblem(issue, 'Settings, ', settingsPlace)) };
}

/** One normalised entry claimed by two profiles: where it was first claimed, and where again. */
export interface MatchConflict {
  /** The normalised form both entries share (`jane@acme.com`, `acme.com`). */
  normalized: string;
  first: { index: number; entry: number };
  second: { index: number; entry: number };
}

/**
 * Every entry claimed by more than one profile, in list order: each later claim against the
 * first one. Entries repeated inside one profile are `validateProfile`'s business, not here.
 */
export function listMatchConflicts(profiles: readonly { match: readonly string[] }[]): MatchConflict[] {
  return runToEnd(matchConflictSteps(profiles));
}

/**
 * `listMatchConflicts` one profile per step, so a caller with many profiles can pause between
 * steps (the worker answers other messages); the generator's return value is the list.
 */
export function* matchConflictSteps(
  profiles: readonly { match: readonly string[] }[],
): Generator<void, MatchConflict[]> {
  const owners = new Map<string, { index: number; entry: number }>();
  const conflicts: MatchConflict[] = [];
  for (let index = 0; index < profiles.length; index++) {
    const own = new Set<string>();
    profiles[index]!.match.forEach((text, entry) => {
      const normalized = normalizeMatchEntry(text);
      if (normalized === null || own.has(normalized)) return;
      own.add(normalized);
      const first = owners.get(normalized);
      if (first === undefined) owners.set(normalized, { index, entry });
      else conflicts.push({ normalized, first, second: { index, entry } });
    });
    yield;
  }
  return conflicts;
}

/** Runs a step-wise computation (a generator) to its end at once, and gives its result. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** `"jane@acme.com" is already claimed by Acme (as "Jane@Acme.com")`. */
export function conflictText(typed: string, firstTyped: string, owner: string): string {
  const as = firstTyped.toLowerCase() === typed.toLowerCase() ? '' : ` (as ${quote(firstTyped)})`;
  return `${quote(typed)} is already claimed by ${owner}${as}`;
}

/**
 * Every address or domain claimed by two profiles, as problems at the later claim
 * (`profiles[i].match[j]`). `label(i)` names profile i (default: its name, or `Profile i+1`).
 */
export function findMatchConflicts(profiles: readonly ClientProfile[], label?: (index: number) => string): Problem[] {
  const name = label ?? ((i: number) => profiles[i]?.name.trim() || `Profile ${i + 1}`);
  return listMatchConflicts(profiles).map(({ first, second }) => {
    const typed = profiles[second.index]?.match[second.entry]?.trim() ?? '';
    const firstTyped = profiles[first.index]?.match[first.entry]?.trim() ?? '';
    return {
      path: `profiles[${second.index}].match[${second.entry}]`,
      message: sentence(
        `${name(second.index)}, `,
        'addresses and domains',
        conflictText(typed, firstTyped, name(first.index)),
      ),
    };
  });
}
