// @vitest-environment happy-dom
/**
 * The message a compose answers, on the simulated thread: Jane's two expanded messages (the
 * last one urgent, with quoted history), then the user's own reply; a collapsed message first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { userAddresses } from './request.ts';
import { $, loadGmail, openCompose } from './testing/simulated-gmail.ts';

// A fixed "now" in the device's zone: the site dates its thread relative to it.
const NOW = new Date(2026, 10, 23, 21, 30, 15);
const URGENT_AT = new Date(2026, 10, 23, 20, 40).toISOString(); // 50 minutes earlier, to the minute

function openReply(): HTMLElement {
  $('.ams.bkH').click();
  return $('.ip.adB > .M9');
}

describe('the request being answered', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the last expanded message not from the user, for an inline reply', () => {
    loadGmail();
    const request = gmailAdapter.compose(openReply()).request();
    expect(request).not.toBeNull();
    expect(request?.from).toBe('jane@acme.com');
    expect(request?.at).toBe(URGENT_AT);
    expect(request?.text).toBe(
      'Alex — URGENT: the site is down! Customers see an error page since 7pm. Please call the hosting people ASAP.\n\nJane',
    );
  });

  it('leaves out the quoted history of the message', () => {
    loadGmail();
    const text = gmailAdapter.compose(openReply()).request()?.text ?? '';
    expect($('.a3s .gmail_quote').textContent).toContain('Copy is final');
    expect(text).not.toContain('Copy is final');
  });

  it('only counts messages before the reply', () => {
    loadGmail();
    const reply = openReply();
    // A message from someone else arriving below the reply is not what the reply answers.
    const later = $('div.adn').cloneNode(true) as HTMLElement;
    $('span.gD', later).setAttribute('email', 'ops@globex.co.uk');
    reply.closest('[role=list]')?.append(later);
    expect(gmailAdapter.compose(reply).request()?.from).toBe('jane@acme.com');
  });

  it('knows the user by the compose form\u2019s from address, and by the account in the title', () => {
    loadGmail();
    const reply = openReply();
    expect([...userAddresses(reply)]).toEqual(['me@example.com']);
    document.title = 'Inbox - someone.else@example.org - Gmail';
    expect(gmailAdapter.compose(reply).request()?.from).toBe('jane@acme.com'); // the from input alone
    document.title = 'Inbox (3) - me@example.com - Gmail';
    $('input[name=from]', reply).remove();
    expect(gmailAdapter.compose(reply).request()?.from).toBe('jane@acme.com'); // the title alone
    document.title = 'Gmail';
    // Nothing says who the user is: the user's own last message is taken (documented fallback).
    expect(gmailAdapter.compose(reply).request()?.from).toBe('me@example.com');
  });

  it('skips messages that are not expanded (no div.adn) and expanded ones with no text yet', () => {
    loadGmail();
    const reply = openReply();
    $('div.adn .a3s', $('[role=list]').children[2] as HTMLElement).remove(); // Jane's urgent message, not loaded
    const request = gmailAdapter.compose(reply).request();
    expect(request?.text).toContain('is the homepage copy final?');
    expect(request?.at).toBe(new Date(2026, 10, 22, 19, 30).toISOString()); // 26 hours before NOW, to the minute
  });

  it('is found for a pop-up whose subject is the open thread\u2019s (a reply popped out)', () => {
    loadGmail();
    $('.Hq.aUH', openReply()).click(); // Pop out reply
    const [popup] = gmailAdapter.findComposeRoots(document);
    expect(gmailAdapter.compose(popup!).kind).toBe('popup');
    expect(gmailAdapter.compose(popup!).subject()).toBe('Re: Launch week: homepage status');
    expect(gmailAdapter.compose(popup!).request()?.from).toBe('jane@acme.com');
  });

  it('is null for a new message, and in the pop-out window', () => {
    loadGmail();
    expect(gmailAdapter.compose(openCompose()).request()).toBeNull();
    loadGmail('?view=cm&fs=1');
    const [root] = gmailAdapter.findComposeRoots(document);
    expect(gmailAdapter.compose(root!).request()).toBeNull();
  });

  it('reads the German thread (Mo., 23. Nov. 2026, 20:40) the same', () => {
    loadGmail('?hl=de');
    expect($('div.adn span.g3[title]', $('[role=list]').children[2] as HTMLElement).getAttribute('title')).toBe(
      'Mo., 23. Nov. 2026, 20:40',
    );
    const request = gmailAdapter.compose(openReply()).request();
    expect(request?.from).toBe('jane@acme.com');
    expect(request?.at).toBe(URGENT_AT);
  });
});
