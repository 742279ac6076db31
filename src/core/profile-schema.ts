/**
 * Structural schemas for the shapes in `profile.ts` (valibot): the right keys, types and
 * formats. What needs more than one field or outside knowledge (a time zone that exists, a
 * window that ends before it starts, an address another client claims) is checked in
 * `profile-validation.ts`.
 *
 * Objects are `v.object`, not `v.strictObject`: unknown keys (from an older or newer version,
 * or a hand-edited file) are dropped, not refused. The messages are the tail of a sentence
 * ("expected a time like 17:30"); `profile-validation.ts` adds the place and what was found.
 */
import * as v from 'valibot';
import type { ClientProfile, Settings } from './profile.ts';

/** `HH:mm`, 00:00–23:59. */
export const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A window end: `HH:mm` or `24:00` (midnight at the end of the day). */
export const WALL_TIME_END = /^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** `YYYY-MM-DD` by shape only; whether the date exists is a semantic check. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const MAX_PROMISE_HOURS = 720;
export const MAX_OFFSET_MINUTES = 1440;
export const MAX_RANDOM_MINUTES = 240;
export const MAX_NOTES_LENGTH = 10_000;

/**
 * Every list and text of a profile has a size limit (DESIGN §7), far above what a person types,
 * so that a hostile or broken file is refused quickly and by name instead of freezing the worker
 * and every compose that waits on it. `validateProfile` checks the list lengths before it looks
 * inside a list, and names the limit in the message.
 */
export const LIMITS = {
  idChars: 200,
  nameChars: 200,
  matchEntries: 2_000,
  /** RFC 5321: an address is at most 254 characters; a little room for spaces around it. */
  matchEntryChars: 320,
  timeZoneChars: 100,
  windowsPerDay: 12,
  timeOffRanges: 1_000,
  timeOffLabelChars: 200,
  /** A holiday library code: `US`, `NSW`; the longest it has is a few characters. */
  holidayCodeChars: 10,
  /** Days to work anyway: a country has at most a few dozen public holidays a year. */
  workAnywayDays: 500,
  situations: 200,
  keywords: 200,
  /** One situation or keyword. */
  emergencyItemChars: 500,
  channelChars: 1_000,
  notesChars: MAX_NOTES_LENGTH,
  /** The user's own statement wording: a few paragraphs at most. */
  statementTemplateChars: 4_000,
} as const;

/** A profiles file larger than this is refused before it is read (5 MB). */
export const MAX_PROFILES_FILE_BYTES = 5_000_000;

const TEXT = 'expected text';
const LIST = 'expected a list';
const OBJECT = 'expected an object';

const text = () => v.string(TEXT);
const count = (n: number) => n.toLocaleString('en-US');
/** Text of at most `max` characters; the message names the limit. */
const shortText = (max: number) => v.pipe(text(), v.maxLength(max, `expected at most ${count(max)} characters`));
/** A list of at most `max` items, each checked with `item`. */
const list = <S extends v.GenericSchema>(item: S, max: number, noun: string, message = LIST) =>
  v.pipe(v.array(item, message), v.maxLength(max, `expected at most ${count(max)} ${noun}`));

export const TimeWindowSchema = v.object(
  {
    start: v.pipe(text(), v.regex(WALL_TIME, 'expected a time like 09:00')),
    end: v.pipe(text(), v.regex(WALL_TIME_END, 'expected a time like 17:30 (or 24:00 for midnight)')),
    overnight: v.optional(v.boolean('expected true or false')),
  },
  OBJECT,
);

const windows = () => list(TimeWindowSchema, LIMITS.windowsPerDay, 'windows a day', 'expected a list of windows');

export const WeeklyHoursSchema = v.object(
  {
    mon: windows(),
    tue: windows(),
    wed: windows(),
    thu: windows(),
    fri: windows(),
    sat: windows(),
    sun: windows(),
  },
  'expected an object with the seven weekdays',
);

export const TimeOffSchema = v.object(
  {
    start: v.pipe(text(), v.regex(ISO_DATE, 'expected a date like 2026-12-24')),
    end: v.pipe(text(), v.regex(ISO_DATE, 'expected a date like 2026-12-24')),
    label: v.optional(shortText(LIMITS.timeOffLabelChars)),
  },
  OBJECT,
);

/**
 * Which public holidays a client observes. Whether the codes exist is the worker's check
 * (holidayChoiceProblem): the holiday library stays out of src/core.
 */
export const HolidayChoiceSchema = v.object(
  {
    country: v.pipe(shortText(LIMITS.holidayCodeChars), v.nonEmpty('expected a country code like US')),
    region: v.optional(v.pipe(shortText(LIMITS.holidayCodeChars), v.nonEmpty('expected a region code like NY'))),
    workAnyway: v.optional(
      list(
        v.pipe(text(), v.regex(ISO_DATE, 'expected a date like 2026-12-24')),
        LIMITS.workAnywayDays,
        'days to work anyway',
      ),
      [],
    ),
  },
  OBJECT,
);

const promiseHours = () =>
  v.pipe(
    v.number('expected a number'),
    v.gtValue(0, 'expected more than 0 hours'),
    v.maxValue(MAX_PROMISE_HOURS, `expected at most ${MAX_PROMISE_HOURS} hours (30 days)`),
  );

export const PROMISE_KINDS = [
  'within-hours',
  'within-business-hours',
  'same-business-day',
  'next-business-day-by',
] as const;

export const PromiseRuleSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('within-hours'), hours: promiseHours() }, OBJECT),
    v.object({ kind: v.literal('within-business-hours'), hours: promiseHours() }, OBJECT),
    v.object({ kind: v.literal('same-business-day') }, OBJECT),
    v.object(
      {
        kind: v.literal('next-business-day-by'),
        time: v.pipe(text(), v.regex(WALL_TIME, 'expected a time like 12:00')),
      },
      OBJECT,
    ),
  ],
  `expected one of ${PROMISE_KINDS.map((k) => `"${k}"`).join(', ')}`,
);

export const ResponsePromiseSchema = v.object(
  {
    regular: PromiseRuleSchema,
    afterHours: v.optional(PromiseRuleSchema),
  },
  OBJECT,
);

export const EmergencyPolicySchema = v.object(
  {
    situations: list(shortText(LIMITS.emergencyItemChars), LIMITS.situations, 'situations'),
    keywords: list(shortText(LIMITS.emergencyItemChars), LIMITS.keywords, 'keywords'),
    channel: shortText(LIMITS.channelChars),
  },
  OBJECT,
);

const minutes = (max: number, what: string) =>
  v.pipe(
    v.number('expected a number'),
    v.integer('expected a whole number of minutes'),
    v.minValue(0, 'expected 0 minutes or more'),
    v.maxValue(max, `expected at most ${max} minutes (${what})`),
  );

export const SendLaterPolicySchema = v.object(
  {
    offsetMinutes: minutes(MAX_OFFSET_MINUTES, 'a day'),
    randomWithinMinutes: minutes(MAX_RANDOM_MINUTES, '4 hours'),
    // Optional in stored and imported data: profiles written before the local queue existed use the provider.
    delivery: v.optional(v.picklist(['provider', 'local'], 'expected "provider" or "local"'), 'provider'),
  },
  OBJECT,
);

export const ClientProfileSchema = v.object(
  {
    id: v.pipe(shortText(LIMITS.idChars), v.nonEmpty('expected a non-empty id')),
    /** Absent on profiles stored before revisions existed, and on a new profile not saved yet. */
    revision: v.optional(
      v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more')),
    ),
    name: shortText(LIMITS.nameChars),
    color: v.pipe(text(), v.regex(HEX_COLOR, 'expected a colour like #d62828')),
    match: list(shortText(LIMITS.matchEntryChars), LIMITS.matchEntries, 'addresses and domains'),
    timeZone: shortText(LIMITS.timeZoneChars),
    hours: WeeklyHoursSchema,
    timeOff: list(TimeOffSchema, LIMITS.timeOffRanges, 'time-off ranges'),
    holidays: v.optional(HolidayChoiceSchema),
    promise: ResponsePromiseSchema,
    emergency: EmergencyPolicySchema,
    sendLater: SendLaterPolicySchema,
    notes: shortText(LIMITS.notesChars),
    statementTemplate: v.optional(shortText(LIMITS.statementTemplateChars)),
  },
  'expected a profile (an object)',
);

export const SettingsSchema = v.object(
  {
    defaultProfileId: v.nullable(
      v.pipe(v.string('expected a profile id or null'), v.nonEmpty('expected a profile id or null')),
    ),
    clock: v.picklist(['12h', '24h'], 'expected "12h" or "24h"'),
    pausedUntil: v.nullable(
      v.pipe(
        v.string('expected a date and time or null'),
        v.isoTimestamp('expected a date and time like 2026-11-22T20:45:00.000Z'),
      ),
    ),
    // Settings stored before these existed read as the defaults (never as damaged).
    retention: v.optional(v.picklist(['1y', '2y', 'always'], 'expected "1y", "2y" or "always"'), '2y'),
    weeklySummary: v.optional(v.boolean('expected true or false'), false),
  },
  'expected the settings (an object)',
);

// The schemas must describe the shared types exactly: a change to one without the other fails
// type-checking here.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _profileMatches: Equal<v.InferOutput<typeof ClientProfileSchema>, ClientProfile> = true;
const _settingsMatch: Equal<v.InferOutput<typeof SettingsSchema>, Settings> = true;
