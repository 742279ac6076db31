import { describe, expect, it } from 'vitest';
import { isMailUrl, tabIdFromSearch } from './popup-tab.ts';

describe('isMailUrl', () => {
  it('knows the four mail hosts, in any case', () => {
    expect(isMailUrl('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(isMailUrl('https://outlook.office.com/mail/')).toBe(true);
    expect(isMailUrl('https://outlook.office365.com/mail/inbox')).toBe(true);
    expect(isMailUrl('https://OUTLOOK.LIVE.COM/mail/0/')).toBe(true);
  });

  it('refuses other hosts, look-alikes, plain http and tabs whose URL the popup may not see', () => {
    expect(isMailUrl('https://www.google.com/')).toBe(false);
    expect(isMailUrl('https://mail.google.com.evil.example/')).toBe(false);
    expect(isMailUrl('http://mail.google.com/')).toBe(false);
    expect(isMailUrl('chrome-extension://abc/src/pages/popup/index.html')).toBe(false);
    expect(isMailUrl('not a url')).toBe(false);
    expect(isMailUrl(undefined)).toBe(false);
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tab=<id>', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tab=0')).toBe(0);
  });

  it('is null without a usable id', () => {
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tab=')).toBeNull();
    expect(tabIdFromSearch('?tab=-3')).toBeNull();
    expect(tabIdFromSearch('?tab=4.5')).toBeNull();
    expect(tabIdFromSearch('?tab=99999999999999999999')).toBeNull();
  });
});
