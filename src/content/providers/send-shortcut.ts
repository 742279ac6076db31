/**
 * Ctrl/Cmd+Enter sends from inside a compose on both providers; only which element is a compose
 * root differs, so each adapter passes its own `rootOf`.
 */
import { safely } from './safely.ts';

export function isSendShortcutIn(event: KeyboardEvent, rootOf: (el: Element) => HTMLElement | null): boolean {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing)
    return false;
  return safely(() => {
    const target = event.composedPath()[0] ?? event.target;
    return target instanceof Element && rootOf(target) !== null;
  }, false);
}
