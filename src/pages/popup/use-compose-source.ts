import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readComposeSource, type ComposeSource, type TabLink } from './compose-source.ts';

/**
 * How often the compose section asks the tab again while the popup is open: its verdict
 * changes under the popup (a pause broadcast to the tab, a compose scheduled and closed, a
 * window opening), and the tab answers from memory, so asking is cheap.
 */
export const COMPOSE_REFRESH_MS = 1_000;

/** The mail tab's compose state; null until the first answer. `refresh` asks again now. */
export function useComposeSource(
  link: TabLink,
  refreshMs = COMPOSE_REFRESH_MS,
): { source: ComposeSource | null; refresh: () => void } {
  const [source, setSource] = useState<ComposeSource | null>(null);
  const asked = useRef(0);
  const applied = useRef(0);
  const alive = useRef(true);

  const refresh = useCallback(() => {
    // Answers can overtake each other: an older one never replaces a newer one.
    const ticket = ++asked.current;
    void readComposeSource(link).then((next) => {
      if (!alive.current || ticket < applied.current) return;
      applied.current = ticket;
      // The same answer again (the usual case) keeps the old object: no re-render.
      setSource((prev) => (prev !== null && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    });
  }, [link]);

  useEffect(() => {
    alive.current = true;
    refresh();
    const timer = setInterval(refresh, refreshMs);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [refresh, refreshMs]);

  return { source, refresh };
}
