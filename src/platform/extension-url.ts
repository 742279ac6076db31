/**
 * The URL of one of the extension's own files, for the content script's lazily loaded modules
 * (scripts/lib/content-scripts.ts rewrites their `import()`s to use it). Kept apart from
 * browser.ts so the content script's start-up does not pull in webextension-polyfill for one
 * call that both browsers' `chrome` namespace has.
 *
 * On Chrome the lazy modules are web-accessible with `use_dynamic_url`, and `getURL` answers
 * with this session's dynamic origin, so the page never sees the extension's fixed id.
 */
export function extensionFileUrl(path: string): string {
  return chrome.runtime.getURL(path);
}
