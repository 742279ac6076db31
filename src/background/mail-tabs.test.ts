import { describe, expect, it, vi } from 'vitest';
import { guardRefresher, MAIL_TAB_PATTERNS, type TabsAccess } from './mail-tabs.ts';

function fakeTabs(overrides: Partial<TabsAccess> = {}): TabsAccess & { sent: number[] } {
  const sent: number[] = [];
  return {
    sent,
    tabIds: vi.fn(async (patterns: readonly string[] | null) => (patterns === null ? [1, 2, 3, 4] : [2, 4])),
    sendRefresh: vi.fn(async (id: number) => {
      sent.push(id);
    }),
    ...overrides,
  };
}

describe('guardRefresher', () => {
  it('asks for the tabs on the four mail hosts and tells each of them', async () => {
    const tabs = fakeTabs();
    await guardRefresher(tabs)();
    expect(tabs.tabIds).toHaveBeenCalledWith(MAIL_TAB_PATTERNS);
    expect(MAIL_TAB_PATTERNS).toEqual([
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
    ]);
    expect(tabs.sent).toEqual([2, 4]);
  });

  it('ignores tabs that cannot be told, and tells the others', async () => {
    const sent: number[] = [];
    const tabs = fakeTabs({
      sendRefresh: async (id) => {
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push(id);
      },
    });
    await expect(guardRefresher(tabs)()).resolves.toBeUndefined();
    expect(sent).toEqual([4]);
  });

  it('tells every tab when the browser refuses to match tabs by URL', async () => {
    const tabs = fakeTabs({
      tabIds: vi.fn(async (patterns: readonly string[] | null) => {
        if (patterns !== null)
          throw new Error('The "tabs" permission is required to use the query API with the "url" parameter');
        return [1, 2];
      }),
    });
    await guardRefresher(tabs)();
    expect(tabs.sent).toEqual([1, 2]);
  });

  it('never throws, and says so when no tab can be listed', async () => {
    const log = vi.fn();
    const tabs = fakeTabs({ tabIds: async () => Promise.reject(new Error('no tabs API')) });
    await expect(guardRefresher(tabs, log)()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
    expect(tabs.sent).toEqual([]);
  });
});
