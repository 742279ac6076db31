/**
 * The pill menu's keyboard (WAI-ARIA APG "Menu Button"), as a pure function of the key and
 * where the focus is, so it is tested without a page: arrows move (wrapping), Home/End jump,
 * Enter and Space activate, Escape closes and gives the focus back to the pill, Tab closes and
 * lets the focus move on, and in the list of clients ArrowLeft goes back to the first step.
 */

export interface MenuState {
  /** The focused item's index. */
  active: number;
  /** Per item: false when it cannot be activated (it is still focusable, so its reason is read). */
  enabled: readonly boolean[];
  /** `clients`: the second step, choosing one of several clients. */
  step: 'actions' | 'clients';
}

export type MenuKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'activate'; index: number }
  | { kind: 'close'; returnFocus: boolean }
  | { kind: 'back' }
  /** The key is not the menu's: let it through. */
  | { kind: 'none' };

export function menuKey(key: string, { active, enabled, step }: MenuState): MenuKeyAction {
  const count = enabled.length;
  switch (key) {
    case 'ArrowDown':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: (active + 1) % count };
    case 'ArrowUp':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: (active - 1 + count) % count };
    case 'Home':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: 0 };
    case 'End':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: count - 1 };
    case 'Enter':
    case ' ':
      // A disabled item swallows the key (nothing happens) rather than letting it reach the page.
      return enabled[active] === true ? { kind: 'activate', index: active } : { kind: 'focus', index: active };
    case 'Escape':
      return { kind: 'close', returnFocus: true };
    case 'Tab':
      return { kind: 'close', returnFocus: false };
    case 'ArrowLeft':
      return step === 'clients' ? { kind: 'back' } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** The keys that open the menu from the focused pill (Enter and Space click it, as on any button). */
export function opensMenu(key: string): boolean {
  return key === 'ArrowDown' || key === 'ArrowUp';
}
