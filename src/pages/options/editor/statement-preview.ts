/**
 * What the editor's statement preview (issue 15.2) needs besides the core: which problem keeps the
 * draft from saying anything yet, and the language a preview starts in.
 */
import type { Problem } from '../../../core/problem.ts';
export { defaultLanguage } from '../../../core/statement-language.ts';

/** The fields the statement is made from; a problem elsewhere (name, addresses) does not stop it. */
const STATEMENT_FIELDS = ['timeZone', 'hours', 'timeOff', 'promise', 'emergency'];

/** The first problem, in editor order, in a field the statement reads; null when it can be written. */
export function previewBlocker(problems: readonly Problem[]): Problem | null {
  return (
    problems.find((p) => {
      const top = /^[A-Za-z]+/.exec(p.path)?.[0] ?? '';
      return STATEMENT_FIELDS.includes(top);
    }) ?? null
  );
}
