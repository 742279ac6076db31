/**
 * valibot issues as Problems (`problem.ts`) for the small message shapes (ledger events,
 * hand-offs, queue entries): `path` points into the data, `message` is one sentence naming the
 * field in words, what was expected and what was found.
 */
import * as v from 'valibot';
import { formatPath } from './profile-validation.ts';
import type { Problem } from './problem.ts';

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : 'an object';
}

/**
 * `what` names the whole thing ("The ledger event"); `fields` names the top-level keys in words
 * (`{ at: 'the time' }`); deeper keys are added as they are (`triage.answers.realHarm`).
 */
export function schemaProblems(
  issues: readonly v.BaseIssue<unknown>[],
  what: string,
  fields: Readonly<Record<string, string>>,
): Problem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
    const path = formatPath(keys);
    const [top, ...rest] = keys;
    const named = typeof top === 'string' ? (fields[top] ?? top) : null;
    const place =
      named === null
        ? what
        : `${what}, ${[named, ...rest.map((k) => (typeof k === 'number' ? `item ${k + 1}` : k))].join(', ')}`;
    if (issue.kind === 'schema' && issue.input === undefined && keys.length > 0)
      return { path, message: `${place}: is missing.` };
    const got =
      issue.type === 'max_length' && typeof issue.input === 'string'
        ? `${issue.input.length.toLocaleString('en-US')} characters`
        : show(issue.input);
    return { path, message: `${place}: ${issue.message}, got ${got}.` };
  });
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parses `input` with `schema`; on failure every problem, worded with `what` and `fields`. */
export function checkWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  what: string,
  fields: Readonly<Record<string, string>>,
): Checked<v.InferOutput<S>> {
  // valibot's object schema lets a list through as an object; a list is never one of these shapes.
  if (Array.isArray(input))
    return { ok: false, problems: [{ path: '', message: `${what}: expected an object, got a list.` }] };
  const parsed = v.safeParse(schema, input);
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, problems: schemaProblems(parsed.issues, what, fields) };
}
