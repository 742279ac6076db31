/**
 * The watchdog's report (DESIGN §4): when our own code fails, the send goes through and the
 * failure is written to this tab's console, where a user or a bug report can find it. Nothing
 * leaves the machine. (A kept list "for the popup" existed once; nothing ever read it.)
 */
export function recordFailure(where: string, error: unknown, consequence = 'the send was let through'): void {
  console.error(`[Red Cup] ${where} failed; ${consequence}.`, error);
}
