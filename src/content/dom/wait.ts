/**
 * Waiting for the page to reach a state, never longer than a bound: a MutationObserver for DOM
 * changes, plus a short poll for what changes without a mutation (layout, visibility).
 */
const POLL_MS = 50;

/** Resolves with the first truthy value `probe` returns, or null after `timeoutMs` (or if it throws). */
export function waitFor<T>(
  doc: Document,
  probe: () => T | null | undefined | false,
  timeoutMs: number,
): Promise<T | null> {
  const attempt = (): { value: T | null; final: boolean } => {
    try {
      const value = probe();
      return value ? { value, final: true } : { value: null, final: false };
    } catch {
      return { value: null, final: true };
    }
  };
  const first = attempt();
  if (first.final) return Promise.resolve(first.value);
  return new Promise((resolve) => {
    let done = false;
    const check = () => {
      if (done) return;
      const { value, final } = attempt();
      if (final) finish(value);
    };
    const observer = new MutationObserver(check);
    const poll = setInterval(check, POLL_MS);
    const timer = setTimeout(() => finish(null), timeoutMs);
    const finish = (value: T | null) => {
      done = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(value);
    };
    observer.observe(doc, { childList: true, subtree: true, attributes: true });
  });
}
