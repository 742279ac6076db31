// @vitest-environment happy-dom
/**
 * A queued reply goes out only from a tab showing the account it was written in (issue 13 A6):
 * Gmail's `u/<n>` is the account's place in the browser's sign-in order, which Google renumbers
 * when another account signs in, so the tab's address decides — read from the page, on the
 * simulated Gmail and Outlook — and a different or unknown account sends nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryOrder } from '../../messaging/tab-protocol.ts';
import { Deliveries } from '../delivery/deliveries.ts';
import { gmailAdapter } from './gmail/adapter.ts';
import { loadGmail, $ } from './gmail/testing/simulated-gmail.ts';
import { outlookAdapter } from './outlook/adapter.ts';
import { loadOutlook } from './outlook/testing/simulated-outlook.ts';

const SESSION_KEY = 'red-cup-sim-gmail-session';
const ME = { name: 'Alex Morgan', email: 'me@example.com' };
const WORK = { name: 'Alex Morgan', email: 'alex@agency.example' };

const order = (accountAddress: string | undefined): DeliveryOrder => ({
  entryId: `e-${Math.random().toString(36).slice(2)}`,
  subject: 'Homepage is back',
  reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: '<div>Back up.</div>', thread: null },
  ...(accountAddress === undefined ? {} : { accountAddress }),
});

afterEach(() => {
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem('red-cup-sim-outlook-account:outlook.office.com');
});

describe('the account a Gmail page shows', () => {
  it('is the account button’s address, whatever u/<n> the URL says', () => {
    loadGmail();
    expect(gmailAdapter.account(document)).toBe('https://mail.google.com/mail/u/0/');
    return expect(gmailAdapter.accountAddress(document)).resolves.toBe('me@example.com');
  });

  it('follows the sign-in order: after another account signed in first, u/0 is that account', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify([WORK, ME]));
    loadGmail();
    expect(gmailAdapter.account(document)).toBe('https://mail.google.com/mail/u/0/');
    expect(await gmailAdapter.accountAddress(document)).toBe('alex@agency.example');
  });

  it('falls back to the window title, and is null when the page names no account', async () => {
    loadGmail();
    $('a[href*="SignOutOptions"]').remove();
    expect(await gmailAdapter.accountAddress(document)).toBe('me@example.com');
    document.title = 'Inbox (3) - Gmail';
    expect(await gmailAdapter.accountAddress(document)).toBeNull();
  });
});

describe('a delivery in a Gmail tab of another account', () => {
  it('sends nothing when u/0 was renumbered to another account, and says why', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify([WORK, ME]));
    const site = loadGmail('?undo=1');
    const report = await new Deliveries(gmailAdapter).deliver(order('me@example.com'));
    expect(report).toEqual({
      outcome: 'not-sent',
      reason: expect.stringContaining('signed in to a different account'),
    });
    expect(report.outcome === 'not-sent' && report.reason).not.toMatch(/@/); // no addresses in reasons
    expect(gmailAdapter.findComposeRoots(document)).toEqual([]); // nothing was even filled
    expect([site.sent, site.outbox]).toEqual([[], []]);
  });

  it('sends nothing for an entry that does not say its account, or from a page that does not show one', async () => {
    let site = loadGmail('?undo=1');
    expect(await new Deliveries(gmailAdapter).deliver(order(undefined))).toMatchObject({
      outcome: 'not-sent',
      reason: expect.stringContaining('does not know which Gmail account'),
    });
    site = loadGmail('?undo=1');
    $('a[href*="SignOutOptions"]').remove();
    document.title = 'Gmail';
    expect(await new Deliveries(gmailAdapter).deliver(order('me@example.com'))).toMatchObject({
      outcome: 'not-sent',
      reason: expect.stringContaining('does not show which account'),
    });
    expect([site.sent, site.outbox]).toEqual([[], []]);
  });

  it('goes out from the tab of the same account, whatever its u/<n>', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify([WORK, ME]));
    const site = loadGmail('?undo=1');
    const report = await new Deliveries(gmailAdapter).deliver(order('Alex@Agency.example'));
    expect(report.outcome).toBe('sent');
    expect(site.sent.map((m) => m.subject)).toEqual(['Homepage is back']);
  }, 70_000);
});

describe('the account an Outlook page shows', () => {
  it('is read from the page, else from the account manager’s flyout, which is closed again', async () => {
    loadOutlook();
    expect(await outlookAdapter.accountAddress(document)).toBe('me@example.com');
    document.querySelector('[role=treeitem][title*="@"]')?.remove();
    expect(document.querySelector('#mectrl_currentAccount_secondary')).toBeNull();
    expect(await outlookAdapter.accountAddress(document)).toBe('me@example.com');
    expect(document.querySelector('#mectrl_currentAccount_secondary')).toBeNull();
  });

  it('sends nothing from a host where another account signed in', async () => {
    localStorage.setItem(
      'red-cup-sim-outlook-account:outlook.office.com',
      JSON.stringify({ name: 'Robin Roe', email: 'robin@other.example' }),
    );
    const site = loadOutlook();
    const report = await new Deliveries(outlookAdapter).deliver(order('me@example.com'));
    expect(report).toEqual({
      outcome: 'not-sent',
      reason: expect.stringContaining('signed in to a different account'),
    });
    expect(site.sent).toEqual([]);
    expect(outlookAdapter.findComposeRoots(document)).toEqual([]);
  });
});
