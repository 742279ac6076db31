/**
 * The valibot shapes of the worker messages' requests, used by the message table
 * (messages.ts): the one declaration of each request. The protocol's types hold at compile time
 * only; at run time a request comes from another context, so the worker checks it with these
 * before a handler runs (background/handlers/define.ts).
 */
import * as v from 'valibot';
import { IsoInstantSchema } from '../core/instant-schema.ts';
import { LIMITS } from '../core/profile-schema.ts';
import { isRealDate } from '../core/profile-validation.ts';

/** Far above any real profiles file; stops a runaway page from making the worker parse gigabytes. */
export const MAX_IMPORT_CHARS = 10_000_000;

/** Far above any real compose window; keeps one verdict request cheap. */
export const MAX_RECIPIENTS = 1_000;

/** Messages without data: nothing, as the messaging library sends it (`undefined`, or `null` after a round trip). */
export const NoData = v.nullish(v.never());

export const ProfileIdSchema = v.pipe(
  v.string('A profile id must be text.'),
  v.nonEmpty('A profile id must not be empty.'),
);

export const DeleteRequestSchema = v.union(
  [
    ProfileIdSchema,
    v.object({ id: ProfileIdSchema, keepRecord: v.optional(v.boolean('"keepRecord" must be true or false.')) }),
  ],
  'Send the id of the profile to delete, or { id, keepRecord }.',
);

export const ImportRequestSchema = v.object({
  text: v.pipe(
    v.string('The file contents must be text.'),
    v.maxLength(
      MAX_IMPORT_CHARS,
      `The file is too large to be a Red Cup profiles file (more than ${MAX_IMPORT_CHARS.toLocaleString('en')} characters).`,
    ),
  ),
  apply: v.boolean('"apply" must be true or false.'),
});

/** The settings store checks each setting (settings-store.ts); here only that it is an object. */
export const SettingsPatchSchema = v.custom<Readonly<Record<string, unknown>>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'Settings must be sent as an object of the settings to change.',
);

export const VerdictRequestSchema = v.object({
  recipients: v.pipe(
    v.array(v.string('Each recipient must be text.'), 'Recipients must be a list.'),
    v.maxLength(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} recipients can be checked at once.`),
  ),
  /** When the request being answered arrived; defaults to now. */
  requestAt: v.optional(
    v.pipe(
      v.string('"requestAt" must be a time.'),
      v.check((s) => !Number.isNaN(Date.parse(s)), '"requestAt" is not a valid time.'),
    ),
  ),
});

export const ComposeStatementRequestSchema = v.object({
  recipients: VerdictRequestSchema.entries.recipients,
  kind: v.picklist(['paragraph', 'signature'], '"kind" must be "paragraph" or "signature".'),
  /** The client chosen when several are among the recipients; must be one of them. */
  profileId: v.optional(ProfileIdSchema),
});

const HolidayCode = (what: string) =>
  v.pipe(
    v.string(`The ${what} must be a code (text).`),
    v.nonEmpty(`The ${what} must not be empty.`),
    v.maxLength(LIMITS.holidayCodeChars, `The ${what} code is at most ${LIMITS.holidayCodeChars} characters.`),
  );

export const HolidayPlacesRequestSchema = v.optional(v.object({ country: v.optional(HolidayCode('country')) }), {});

export const HolidayListRequestSchema = v.object({
  country: HolidayCode('country'),
  region: v.optional(HolidayCode('region')),
  /** The first day listed (the editor's today in the profile's zone); the list runs 12 months from it. */
  from: v.pipe(v.string('"from" must be a date.'), v.check(isRealDate, '"from" must be a date like 2026-12-24.')),
});

/** A queue entry's id, as the content script asks about it (`queue/is-stored`). */
export const StoredIdRequestSchema = v.object({ id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)) });
/** A damaged queue record's key. */
export const DamagedKeyRequestSchema = v.object({ key: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)) });

/** A queue entry's id, as the options page acts on it. */
export const EntryIdRequestSchema = v.object({ id: v.pipe(v.string(), v.nonEmpty()) });
export const RetimeRequestSchema = v.object({ id: v.pipe(v.string(), v.nonEmpty()), dueAt: IsoInstantSchema });
const TriageSchema = v.object({
  answers: v.object({
    agreedSituation: v.picklist(['yes', 'no', 'unsure']),
    realHarm: v.picklist(['yes', 'no', 'unsure']),
    emergencyToClient: v.picklist(['yes', 'no', 'unsure']),
  }),
  suggestion: v.picklist(['real-emergency', 'red-cup']),
});
export const SendNowRequestSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  triage: v.nullable(TriageSchema),
});

const DateSchema = v.pipe(
  v.string('A date must be text.'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must look like 2026-12-03.'),
);

const PeriodSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('weeks'), weeks: v.picklist([4, 12, 52], 'The period must be 4, 12 or 52 weeks.') }),
    v.object({ kind: v.literal('range'), from: DateSchema, to: DateSchema }),
  ],
  'The period must be a number of weeks or a date range.',
);

const ReportProfileId = v.pipe(
  v.string('A client id must be text.'),
  v.nonEmpty('A client id must not be empty.'),
  v.maxLength(200, 'A client id is at most 200 characters.'),
);
const Cursor = v.optional(
  v.pipe(v.string('A cursor must be text.'), v.maxLength(300, 'A cursor is at most 300 characters.')),
);

export const ReportOverviewRequestSchema = v.object({ period: PeriodSchema });
export const ClientReportRequestSchema = v.object({
  profileId: ReportProfileId,
  period: PeriodSchema,
  cursor: Cursor,
  limit: v.optional(
    v.pipe(
      v.number('The page size must be a number.'),
      v.integer('The page size must be whole.'),
      v.minValue(1, 'The page size must be at least 1.'),
      v.maxValue(200, 'The page size is at most 200.'),
    ),
  ),
});
export const CsvRowsRequestSchema = v.object({
  period: PeriodSchema,
  profileIds: v.optional(
    v.pipe(v.array(ReportProfileId, 'The clients must be a list.'), v.maxLength(1_000, 'At most 1,000 clients.')),
  ),
  cursor: Cursor,
  limit: v.optional(
    v.pipe(
      v.number('The page size must be a number.'),
      v.integer('The page size must be whole.'),
      v.minValue(1, 'The page size must be at least 1.'),
      v.maxValue(20_000, 'The page size is at most 20,000.'),
    ),
  ),
});
