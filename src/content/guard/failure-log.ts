/**
 * The watchdog's record (DESIGN §4): when our own code fails, the send goes through and the
 * failure is kept here, in this tab only, for the popup to show. Nothing leaves the machine.
 */
export interface GuardFailure {
  at: string;
  where: string;
  message: string;
}

const MAX_KEPT = 20;
const failures: GuardFailure[] = [];

export function recordFailure(where: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  failures.push({ at: new Date().toISOString(), where, message });
  if (failures.length > MAX_KEPT) failures.shift();
  console.error(`[Red Cup] ${where} failed; the send was let through.`, error);
}

export function recentFailures(): readonly GuardFailure[] {
  return failures;
}
