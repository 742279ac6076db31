/**
 * Which tab the popup is about. Normally the active tab of its window; `?tab=<id>` names another,
 * so the popup page can be opened in a tab of its own (end-to-end tests, where the popup page
 * itself becomes the active tab) and still speak about a mail tab.
 */

import { providerForHost } from '../../core/providers.ts';

/** True for an https URL on one of the providers' mail hosts; false for anything else, or no URL. */
export function isMailUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && providerForHost(parsed.hostname) !== null;
  } catch {
    return false;
  }
}

/** The tab id named by `?tab=<id>`, or null (no parameter, or not a tab id). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
