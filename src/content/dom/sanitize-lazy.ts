/**
 * The compose's body sanitised for the queue (DESIGN §7: before it is stored), with the
 * sanitiser loaded on first use: the guard that calls this is part of the content script's
 * start-up, DOMPurify is not (DESIGN §6 budget).
 */
type SanitizeModule = typeof import('./sanitize.ts');

let loading: Promise<SanitizeModule> | null = null;

export async function sanitizeForQueue(
  html: string,
): Promise<{ ok: true; html: string } | { ok: false; reason: string }> {
  try {
    loading ??= import('./sanitize.ts');
    return (await loading).sanitizedOrProblem(html);
  } catch (err) {
    loading = null; // a failed load (extension updated meanwhile) is tried again next time
    return { ok: false, reason: `its body could not be prepared: ${err instanceof Error ? err.message : String(err)}` };
  }
}
