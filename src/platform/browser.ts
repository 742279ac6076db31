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

/** Tabs whose URL matches one of `patterns`, with their ids and URLs. */
export async function tabsMatching(patterns: readonly string[]): Promise<TabInfo[]> {
  const tabs = await browser.tabs.query({ url: [...patterns] });
  return tabs.map(tabInfo).filter((t): t is TabInfo => t !== null);
}

/** Opens a tab; `active: false` keeps the user where they are (a background delivery). */
export async function createTab(url: string, active: boolean): Promise<number | null> {
  const tab = await browser.tabs.create({ url, active });
  return tabInfo(tab)?.id ?? null;
}

/** Closes a tab; one already closed (by the user) is not an error. */
export async function removeTab(id: number): Promise<void> {
  try {
    await browser.tabs.remove(id);
  } catch {
    /* already gone */
  }
}

/** Brings a tab to the front (the user is to finish a compose in it). */
export async function focusTab(id: number): Promise<void> {
  const tab = await browser.tabs.update(id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** Registers `runtime.onStartup` (the browser started). Top level only, like onInstalled. */
export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

/** Sets (or replaces) a one-off alarm at `when`; `periodMinutes` makes it repeat. */
export async function setAlarm(name: string, when: Date, periodMinutes?: number): Promise<void> {
  await browser.alarms.create(
    name,
    periodMinutes === undefined ? { when: when.getTime() } : { when: when.getTime(), periodInMinutes: periodMinutes },
  );
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

/** Registers `alarms.onAlarm`. Top level only. */
export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

/** The number on the toolbar button; empty for zero. */
export async function setBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count === 0 ? '' : String(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
}

/** A basic notification with Red Cup's icon; the same id replaces an earlier one. */
export async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/128.png'),
    title,
    message,
  });
}

/** Registers `notifications.onClicked`. Top level only. */
export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}

/** Whether an alarm of this name is set (re-creating a periodic alarm would push its next firing back). */
export async function alarmExists(name: string): Promise<boolean> {
  return (await browser.alarms.get(name)) !== undefined;
}
