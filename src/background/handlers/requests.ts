/**
 * The shapes of incoming message data. The protocol's types hold at compile time only; at run
 * time `data` comes from another context, so each handler checks it before use.
 */
import * as v from 'valibot';
import type { Problem } from '../../core/problem.ts';
import type { Result } from '../../messaging/protocol.ts';
import { refused } from '../../messaging/result.ts';

/** Far above any real profiles file; stops a runaway page from making the worker parse gigabytes. */
export const MAX_IMPORT_CHARS = 10_000_000;

/** Far above any real compose window; keeps one verdict request cheap. */
export const MAX_RECIPIENTS = 1_000;

export const ProfileIdSchema = v.pipe(
  v.string('A profile id must be text.'),
  v.nonEmpty('A profile id must not be empty.'),
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

export const SettingsPatchSchema = v.custom<Readonly<Record<string, unknown>>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'Settings must be sent as an object of the settings to change.',
);

export const VerdictRequestSchema = v.object({
  recipients: v.pipe(
    v.array(v.string('Each recipient must be text.'), 'Recipients must be a list.'),
    v.maxLength(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} recipients can be checked at once.`),
  ),
  requestAt: v.optional(
    v.pipe(
      v.string('"requestAt" must be a time.'),
      v.check((s) => !Number.isNaN(Date.parse(s)), '"requestAt" is not a valid time.'),
    ),
  ),
});

function problemsOf(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

/** Checks `data` against `schema`; on failure, a refusal that names each problem. */
export function parseRequest<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  what: string,
): { ok: true; value: v.InferOutput<S> } | { ok: false; refusal: Result<never> } {
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, refusal: refused(`Refused: ${what} is not well-formed.`, problemsOf(parsed.issues)) };
}

export const ComposeStatementRequestSchema = v.object({
  recipients: VerdictRequestSchema.entries.recipients,
  kind: v.picklist(['paragraph', 'signature'], '"kind" must be "paragraph" or "signature".'),
  profileId: v.optional(ProfileIdSchema),
});
