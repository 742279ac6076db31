/**
 * The one door to the browser's extension APIs (DESIGN §4). webextension-polyfill is imported
 * here and nowhere else (lint enforces it), so every other module can be tested without a
 * browser and a Firefox/Chrome difference is fixed in one place.
 *
 * (`@webext-core/messaging` talks to `chrome.runtime` itself; that is accepted: Firefox
 * provides the `chrome` namespace too.)
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export { browser };

export type InstalledDetails = Runtime.OnInstalledDetailsType;

/** Our runtime id: the value `sender.id` must carry for a message to be ours. */
export function extensionId(): string {
  return browser.runtime.id;
}

/**
 * `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. Derived
 * from `getURL` because Firefox's origin uses a per-install uuid, not the add-on id.
 */
export function extensionOrigin(): string {
  return browser.runtime.getURL('').replace(/\/+$/, '');
}

/** Where the options page lives, read from the manifest so a moved page needs no code change. */
function optionsPagePath(): string {
  const manifest = browser.runtime.getManifest();
  return manifest.options_ui?.page ?? manifest.options_page ?? 'src/pages/options/index.html';
}

/**
 * Opens the options page. Without a hash the browser's own `openOptionsPage` is used (it
 * focuses an already open options tab); with one (`onboarding`) a tab is opened at that
 * hash, because `openOptionsPage` cannot carry it.
 */
export async function openOptionsPage(hash?: string): Promise<void> {
  if (hash === undefined || hash === '') {
    await browser.runtime.openOptionsPage();
    return;
  }
  const fragment = hash.startsWith('#') ? hash : `#${hash}`;
  await browser.tabs.create({ url: browser.runtime.getURL(optionsPagePath()) + fragment });
}

/**
 * Registers an `onInstalled` listener. Must be called synchronously at the worker's top
 * level: MV3 only delivers events to listeners added during the first turn of the script.
 */
export function onInstalled(listener: (details: InstalledDetails) => void): void {
  browser.runtime.onInstalled.addListener(listener);
}

/**
 * The ids of the open tabs whose URL matches one of `patterns` (match patterns such as
 * `https://mail.google.com/*`); every tab when `patterns` is null. Matching by URL needs no
 * "tabs" permission for hosts the extension has host access to (Chrome; Firefox since 86).
 */
export async function tabIds(patterns: readonly string[] | null): Promise<number[]> {
  const tabs = await browser.tabs.query(patterns === null ? {} : { url: [...patterns] });
  return tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined && id !== browser.tabs.TAB_ID_NONE);
}

/** A tab as the popup needs it; `url` is only visible on the hosts we have permission for. */
export interface TabInfo {
  id: number;
  url: string | undefined;
}

function tabInfo(tab: { id?: number; url?: string }): TabInfo | null {
  if (tab.id === undefined || tab.id === browser.tabs.TAB_ID_NONE) return null;
  return { id: tab.id, url: tab.url };
}

/** The active tab of the window the caller (the popup) belongs to; null when there is none. */
export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab === undefined ? null : tabInfo(tab);
}

/** One tab by id; null when it is gone. */
export async function tabById(id: number): Promise<TabInfo | null> {
  try {
    return tabInfo(await browser.tabs.get(id));
  } catch {
    return null; // `tabs.get` rejects for a closed tab: there is nothing to ask
  }
}
