/** The small result helpers every provider's delivery steps share. */
export const failure = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `reason`, and why the compose it opened could not be discarded when that failed too. */
export function withDiscardFailure(reason: string, discarded: { ok: true } | { ok: false; reason: string }): string {
  return discarded.ok ? reason : `${reason}; the compose it opened could not be discarded (${discarded.reason})`;
}
