/**
 * Telling the open mail tabs that the settings changed (DESIGN §2 story 5, the pause switch): each
 * tab's content script re-checks its composes at once instead of waiting for its cached verdict
 * to expire. Best effort by design: a tab without our content script (loaded before the
 * extension was installed or updated, or not a mail page at all) cannot be told and needs not be.
 */
import { MAIL_ORIGINS } from './sender-check.ts';

/** Match patterns for the four mail hosts, derived from the one list of their origins. */
export const MAIL_TAB_PATTERNS: readonly string[] = MAIL_ORIGINS.map((origin) => `${origin}/*`);

export interface TabsAccess {
  /** Tab ids whose URL matches a pattern; every tab for null. */
  tabIds(patterns: readonly string[] | null): Promise<number[]>;
  /** Sends `tab/guard-refresh` to every frame of the tab. */
  sendRefresh(tabId: number): Promise<unknown>;
}

/**
 * Returns once every message is on its way: the settings answer does not wait for the tabs to
 * re-check. If the browser refuses to match tabs by URL (an older Firefox asks for the "tabs"
 * permission for that), every tab is told instead: only our content script listens.
 */
export function guardRefresher(
  tabs: TabsAccess,
  log: (message: string, error: unknown) => void = console.warn,
): () => Promise<void> {
  return async () => {
    let ids: number[];
    try {
      ids = await tabs.tabIds(MAIL_TAB_PATTERNS);
    } catch {
      try {
        ids = await tabs.tabIds(null);
      } catch (error) {
        log('Red Cup: could not list the open tabs to refresh their guards', error);
        return;
      }
    }
    for (const id of ids) {
      tabs.sendRefresh(id).catch(() => {
        /* no content script in that tab: nothing to refresh */
      });
    }
  };
}
