// @vitest-environment happy-dom
/** The adapter's promise (adapter.ts): safe to call at any time, empty answers where it knows nothing. */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { readableText } from './message-text.ts';

describe('gmailAdapter on a page it does not know', () => {
  it('answers empty and never throws', async () => {
    document.body.innerHTML = '<div role="dialog"><form><input name="q"></form><div role="button">Send</div></div>';
    const el = document.querySelector('[role=button]')!;
    expect(gmailAdapter.name).toBe('gmail');
    expect(gmailAdapter.recognisesPage(document)).toBe(false);
    expect(gmailAdapter.findComposeRoots(document)).toEqual([]);
    expect(gmailAdapter.composeRootOf(el)).toBeNull();
    expect(gmailAdapter.sendControlAt(el)).toBeNull();
    expect(gmailAdapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBe(false);

    const compose = gmailAdapter.compose(document.createElement('div'));
    expect(compose.isOpen()).toBe(false);
    expect(compose.recipients()).toEqual([]);
    expect(compose.subject()).toBe('');
    expect(compose.request()).toBeNull();
    expect(compose.sendControl()).toBeNull();
    expect(compose.pillAnchor()).toBeNull();
    expect(compose.kind).toBe('popup');
    expect(await compose.scheduleSend(new Date(Date.now() + 3_600_000).toISOString())).toEqual({
      ok: false,
      reason: 'the compose window is closed',
    });
  });
});

describe('readableText', () => {
  it('keeps line breaks of blocks and <br>, without quotes, hidden parts and scripts', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<div dir="ltr">Hi Alex,<br>the site is <b>down</b>.</div><p>  Call   me&nbsp;ASAP. </p>' +
      '<div hidden>draft notes</div><script>x()</script><div class="gmail_quote">On Monday you wrote: fine</div><ul><li>one</li><li>two</li></ul>';
    expect(readableText(body, '.gmail_quote')).toBe('Hi Alex,\nthe site is down.\n\nCall me ASAP.\n\none\n\ntwo');
  });
});
