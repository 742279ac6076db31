import type { Problem } from '../../core/problem.ts';

/** The messages of the problems at exactly `path`. */
export function messagesAt(problems: readonly Problem[], path: string): string[] {
  return problems.filter((p) => p.path === path).map((p) => p.message);
}

/** The messages of the problems at `path` or anywhere below it (`match` also takes `match[3]`). */
export function messagesUnder(problems: readonly Problem[], path: string): string[] {
  return problems
    .filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
    .map((p) => p.message);
}

/** Problems in order with duplicates (same path and message) removed. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
