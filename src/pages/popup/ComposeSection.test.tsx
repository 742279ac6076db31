// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComposeSource } from './compose-source.ts';
import { ComposeSection } from './ComposeSection.tsx';
import {
  checkFor,
  composeState,
  MONDAY_EVENING_NY,
  MONDAY_MORNING_NY,
  scriptedLink,
  type ScriptedLink,
} from './testing/compose-fixtures.ts';
import { alertText, button, hasButton, mount, section, settle, statusText, text } from './testing/dom.ts';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

function show(source: ComposeSource | null, link: ScriptedLink = scriptedLink({})) {
  const refresh = vi.fn();
  const closePopup = vi.fn();
  const { root, unmount } = mount(
    <ComposeSection source={source} link={link} refresh={refresh} closePopup={closePopup} />,
  );
  mounted.push(unmount);
  return { root, link, refresh, closePopup };
}

const outside: ComposeSource = {
  kind: 'state',
  tabId: 7,
  state: composeState(checkFor(['jane@acme.com'], MONDAY_EVENING_NY)),
};

describe('ComposeSection', () => {
  it('is absent for a tab that is not a mail tab, and before the tab answered', () => {
    expect(show({ kind: 'not-mail' }).root.innerHTML).toBe('');
    expect(show(null).root.innerHTML).toBe('');
  });

  it('outside the hours: a section "This compose" with the client, verdict, window, promise and both actions', () => {
    const { root } = show(outside);
    const region = section(root, 'This compose');
    expect(text(region)).toContain('Acme Corp');
    expect(text(region)).toContain('Acme Corp · after hours · next window Tue 08:00 EST');
    expect(text(region)).toContain('Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).');
    expect(text(region)).toContain('Tue 08:00 in New York (Acme Corp)');
    expect(text(region)).toContain('14:00 your time');
    expect(text(region)).toContain('The promise to Acme Corp is still kept');
    expect(button(region, 'Send Tue 08:00').classList.contains('rc-button--primary')).toBe(true);
    expect(hasButton(region, "It's an emergency…")).toBe(true);
  });

  it('"Send …" asks the tab to schedule that compose and shows its answer', async () => {
    const link = scriptedLink({ actAnswer: { ok: true, value: { message: 'Scheduled for Tue 08:00.' } } });
    const { root, refresh } = show(outside, link);
    button(root, 'Send Tue 08:00').click();
    await settle();
    expect(link.acts).toEqual([{ tabId: 7, composeId: 'compose-1', action: 'send-at' }]);
    expect(statusText(root)).toBe('Scheduled for Tue 08:00.');
    expect(refresh).toHaveBeenCalled();
  });

  it('shows the tab’s error when scheduling failed', async () => {
    const link = scriptedLink({
      actAnswer: { ok: false, error: { message: 'Gmail’s Schedule send could not be opened.' } },
    });
    const { root } = show(outside, link);
    button(root, 'Send Tue 08:00').click();
    await settle();
    expect(alertText(root)).toContain('Gmail’s Schedule send could not be opened.');
    expect(statusText(root)).toBe('');
  });

  it('"It\'s an emergency…" opens triage in the compose and closes the popup', async () => {
    const link = scriptedLink({ actAnswer: { ok: true, value: { message: 'Triage is open in the compose window.' } } });
    const { root, closePopup } = show(outside, link);
    button(root, "It's an emergency…").click();
    await settle();
    expect(link.acts).toEqual([{ tabId: 7, composeId: 'compose-1', action: 'triage' }]);
    expect(closePopup).toHaveBeenCalledTimes(1);
  });

  it('keeps the popup open with the error when triage could not open', async () => {
    const link = scriptedLink({ actAnswer: new Error('No response') });
    const { root, closePopup } = show(outside, link);
    button(root, "It's an emergency…").click();
    await settle();
    expect(closePopup).not.toHaveBeenCalled();
    expect(alertText(root)).toContain('The mail tab did not answer (No response).');
  });

  it('inside the hours: the status, no guard action, and the two insert actions', () => {
    const { root } = show({
      kind: 'state',
      tabId: 7,
      state: composeState(checkFor(['jane@acme.com'], MONDAY_MORNING_NY)),
    });
    const region = section(root, 'This compose');
    expect(text(region)).toContain('Acme Corp · inside hours until 18:00 EST');
    expect([...region.querySelectorAll('button')].map(text)).toEqual(['Insert my boundaries', 'Insert signature line']);
  });

  it('inserts the statement into the compose, and says so', async () => {
    const { root, link } = show(
      { kind: 'state', tabId: 7, state: composeState(checkFor(['jane@acme.com'], MONDAY_MORNING_NY)) },
      scriptedLink({
        actAnswer: { ok: true, value: { message: 'Your signature line for Acme Corp is in the message.' } },
      }),
    );
    button(root, 'Insert signature line').click();
    await settle();
    expect(link.inserts).toEqual([{ tabId: 7, composeId: 'compose-1', kind: 'signature', profileId: undefined }]);
    expect(statusText(root)).toContain('Your signature line for Acme Corp is in the message.');
  });

  it('with several clients, inserts for the one chosen', async () => {
    const recipients = ['jane@acme.com', 'ops@globex.com'];
    const { root, link } = show(
      { kind: 'state', tabId: 7, state: composeState(checkFor(recipients, MONDAY_MORNING_NY), recipients) },
      scriptedLink({ actAnswer: { ok: true, value: { message: 'done' } } }),
    );
    const select = root.querySelector<HTMLSelectElement>('#popup-insert-client')!;
    select.value = 'globex';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    button(root, 'Insert my boundaries').click();
    await settle();
    expect(link.inserts).toEqual([{ tabId: 7, composeId: 'compose-1', kind: 'paragraph', profileId: 'globex' }]);
  });

  it('without a client among the recipients the insert actions are disabled, with the reason', () => {
    const recipients = ['x@unknown.org'];
    const { root } = show({
      kind: 'state',
      tabId: 7,
      state: composeState(checkFor(recipients, MONDAY_MORNING_NY), recipients),
    });
    const insert = button(root, 'Insert my boundaries');
    expect(insert.disabled).toBe(true);
    expect(root.querySelector(`#${insert.getAttribute('aria-describedby') ?? ''}`)?.textContent).toBe(
      'Add a client’s address to the recipients first.',
    );
  });

  it('an unsupported layout: the sentence, and no action', () => {
    const { root } = show({ kind: 'state', tabId: 7, state: { kind: 'unsupported', provider: 'gmail' } });
    const region = section(root, 'This compose');
    expect([...region.querySelectorAll('p')].map(text)).toContain('This layout is not supported yet');
    expect(text(region)).toContain('Red Cup is not blocking anything on this page.');
    expect(region.querySelectorAll('button')).toHaveLength(0);
  });

  it('a mail tab that does not answer: asks for a reload', () => {
    const { root } = show({ kind: 'unreachable', tabId: 7 });
    expect(text(section(root, 'This compose'))).toContain('Reload this tab so Red Cup can watch it.');
  });
});
