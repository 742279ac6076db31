import { describe, expect, it } from 'vitest';
import { readComposeSource, runComposeAction } from './compose-source.ts';
import { checkFor, composeState, MONDAY_EVENING_NY, scriptedLink } from './testing/compose-fixtures.ts';

describe('readComposeSource', () => {
  it('is not-mail without a tab, for a tab on another host, and for a tab whose URL is hidden', async () => {
    for (const tab of [null, { id: 3, url: 'https://example.com/' }, { id: 3, url: undefined }]) {
      const link = scriptedLink({ tab, state: { kind: 'no-compose', provider: 'gmail' } });
      expect(await readComposeSource(link)).toEqual({ kind: 'not-mail' });
      expect(link.asked).toEqual([]); // a tab that is not a mail tab is never asked
    }
  });

  it('is not-mail when the tab cannot be found at all', async () => {
    const link = scriptedLink({});
    link.findTab = () => Promise.reject(new Error('No tab with id: 9'));
    expect(await readComposeSource(link)).toEqual({ kind: 'not-mail' });
  });

  it('passes the content script’s answer on, asking the tab it found', async () => {
    const state = composeState(checkFor(['jane@acme.com'], MONDAY_EVENING_NY));
    const link = scriptedLink({ tab: { id: 12, url: 'https://outlook.office.com/mail/' }, state });
    expect(await readComposeSource(link)).toEqual({ kind: 'state', tabId: 12, state });
    expect(link.asked).toEqual([12]);
  });

  it('is unreachable when nothing in the mail tab answers (opened before the extension)', async () => {
    const link = scriptedLink({ state: new Error('Could not establish connection. Receiving end does not exist.') });
    expect(await readComposeSource(link)).toEqual({ kind: 'unreachable', tabId: 7 });
  });

  it('is unreachable when the answer is not a compose state', async () => {
    for (const state of [
      undefined,
      null,
      { kind: 'compose' },
      { kind: 'unsupported', provider: 'yahoo' },
      { kind: 'compose', compose: { id: 'x', recipients: [], subject: '', check: { verdict: {} } } },
    ]) {
      expect(await readComposeSource(scriptedLink({ state }))).toEqual({ kind: 'unreachable', tabId: 7 });
    }
  });
});

describe('runComposeAction', () => {
  it('asks the tab to act on that compose and returns its answer', async () => {
    const link = scriptedLink({ actAnswer: { ok: true, value: { message: 'Scheduled for Tue 08:00.' } } });
    expect(await runComposeAction(link, 7, 'compose-1', 'send-at')).toEqual({
      ok: true,
      value: { message: 'Scheduled for Tue 08:00.' },
    });
    expect(link.acts).toEqual([{ tabId: 7, composeId: 'compose-1', action: 'send-at' }]);
  });

  it('passes a failure on as it is', async () => {
    const link = scriptedLink({ actAnswer: { ok: false, error: { message: 'That compose window is closed.' } } });
    expect(await runComposeAction(link, 7, 'compose-1', 'triage')).toEqual({
      ok: false,
      error: { message: 'That compose window is closed.' },
    });
  });

  it('turns silence and nonsense into failures with a way out', async () => {
    const silent = await runComposeAction(scriptedLink({ actAnswer: new Error('No response') }), 7, 'c', 'send-at');
    expect(silent).toEqual({
      ok: false,
      error: { message: 'The mail tab did not answer (No response). Reload the tab and try again.' },
    });
    for (const actAnswer of [undefined, { ok: true, value: {} }, { ok: 'yes' }]) {
      const answer = await runComposeAction(scriptedLink({ actAnswer }), 7, 'c', 'send-at');
      expect(answer.ok).toBe(false);
    }
  });
});
