import { useEffect, useRef } from 'preact/hooks';

/**
 * Ask for focus to move to an element id after the next render — for keyboard users after a
 * row is added or removed, when the element they need did not exist yet.
 */
export function useFocusRequest(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    pending.current = null;
    document.getElementById(id)?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}
