/**
 * A user's own statement template (issue 15.1): `{hours}`, `{promise}`, `{timeOff}`,
 * `{emergency}`, `{channel}`, `{name}` filled from the same pieces as the generated paragraph.
 * A misspelt placeholder is refused rather than left in a mail to a client, and so is a
 * template that comes out empty.
 */
import type { Problem } from './problem.ts';
import type { StatementPieces } from './statement.ts';

export const PLACEHOLDERS = ['hours', 'promise', 'timeOff', 'emergency', 'channel', 'name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type RenderedTemplate = { ok: true; text: string } | { ok: false; problem: Problem };

const PLACEHOLDER = /\{([^{}]*)\}/g;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

const listed = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');

/** `{hours}, {promise}, …`: how the editor and the messages list them. */
export const PLACEHOLDER_LIST = listed(PLACEHOLDERS);

/**
 * What is wrong with a template's placeholders, in words naming the first unknown one, or null.
 * Checked when a profile is saved (the text it gives depends on the profile, so an empty result
 * is found when it is made).
 */
export function unknownPlaceholder(template: string): string | null {
  const first = firstUnknown(template);
  return first === null ? null : `{${first}} is not a placeholder; the placeholders are ${PLACEHOLDER_LIST}`;
}

/** The first `{name}` in `template` that is not a placeholder, or null. */
function firstUnknown(template: string): string | null {
  for (const m of template.matchAll(PLACEHOLDER)) if (!isPlaceholder(m[1] ?? '')) return m[1] ?? '';
  return null;
}

/**
 * A line that held only placeholders which all came out empty (`{timeOff}` with nothing
 * planned) is dropped, so the text has no hole where it stood.
 */
export function renderTemplate(template: string, values: StatementPieces): RenderedTemplate {
  const first = firstUnknown(template);
  if (first !== null) {
    return {
      ok: false,
      problem: {
        path: 'template',
        message: `The template uses {${first}}, which is not a placeholder; the placeholders are ${PLACEHOLDER_LIST}.`,
      },
    };
  }
  const empties = new Set<string>();
  const lines = template.split('\n').flatMap((line): string[] => {
    let filled = false;
    const text = line.replace(PLACEHOLDER, (_match, name: Placeholder) => {
      const value = values[name];
      if (value === '') empties.add(name);
      else filled = true;
      return value;
    });
    const onlyPlaceholders = line.replace(PLACEHOLDER, '').trim() === '' && line.trim() !== '';
    return onlyPlaceholders && !filled ? [] : [text];
  });
  const text = lines.join('\n').trim();
  if (text === '') {
    const why =
      empties.size > 0 ? `: ${listed([...empties])} ${empties.size === 1 ? 'is' : 'are'} empty for this client` : '';
    return { ok: false, problem: { path: 'template', message: `The template gives an empty text${why}.` } };
  }
  return { ok: true, text };
}
