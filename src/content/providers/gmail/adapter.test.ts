// @vitest-environment happy-dom
/** The adapter's promise (adapter.ts): safe to call at any time, empty answers where it knows nothing. */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { readableText } from './message-text.ts';

// The page it does not know (no compose, no Send, no shortcut, empty compose answers) is the
// adapter contract's (providers/contract.test.ts); what is Gmail's own stays here.
describe('gmailAdapter on a page it does not know', () => {
  it('calls a detached compose a closed pop-up, and Schedule send says it is closed', async () => {
    document.body.innerHTML = '<div role="dialog"><form><input name="q"></form><div role="button">Send</div></div>';
    expect(gmailAdapter.name).toBe('gmail');
    const compose = gmailAdapter.compose(document.createElement('div'));
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
