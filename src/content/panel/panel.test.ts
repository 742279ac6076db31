// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardView } from '../../core/guard-view.ts';
import { DEFAULT_SETTINGS, profileRef } from '../../core/profile.ts';
import { profile } from '../../core/testing/profile-fixture.ts';
import { verdict } from '../../core/verdict.ts';
import type { GuardCheck } from '../../core/guard-types.ts';
import type { PanelDecision, PanelModel } from './api.ts';
import { openPanel } from './index.ts';

const acme = profile({
  id: 'acme',
  name: 'Acme Corp',
  timeZone: 'America/New_York',
  match: ['acme.com'],
  emergency: { situations: ['The website is down'], keywords: ['outage'], channel: 'Call 555-0100' },
});
// Monday 23 November 2026, 20:10 in New York: after hours.
const EVENING = new Date('2026-11-24T01:10:00.000Z');

function outsideCheck(): GuardCheck {
  const v = verdict(['jane@acme.com'], [acme], DEFAULT_SETTINGS, EVENING);
  return {
    verdict: v,
    view: guardView(v, [acme], DEFAULT_SETTINGS, EVENING, 'Europe/Berlin', () => 0),
    emergency: [{ profile: profileRef(acme), policy: acme.emergency }],
    clock: '24h',
    delivery: 'provider',
  };
}

const REQUEST = {
  from: 'jane@acme.com',
  text: 'URGENT: the website is down! <b>not bold</b>',
  at: '2026-11-24T00:55:00.000Z',
};

/**
 * An event as the user makes it. The panel acts only on trusted events; happy-dom has no notion
 * of them (every event is a script's), so the test marks the ones that stand for the user's own
 * input the way the browser does.
 */
function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The user's click (or Enter/Space on a focused button, which the browser turns into a trusted click). */
function tap(target: HTMLElement): void {
  target.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true, composed: true })));
}

/** The user picks a radio. */
function choose(input: HTMLInputElement): void {
  input.checked = true;
  input.dispatchEvent(asUser(new Event('change', { bubbles: true })));
}

function open(model: Partial<PanelModel> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const decisions: PanelDecision[] = [];
  // The root is closed: the test keeps what attachShadow returned, as only the panel itself can.
  const attach = vi.spyOn(host, 'attachShadow');
  const handle = openPanel(host, { check: outsideCheck(), request: REQUEST, ...model }, (d) => decisions.push(d));
  const root = attach.mock.results[0]!.value as ShadowRoot;
  const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
  const press = (key: string, shiftKey = false) =>
    (root.activeElement ?? root.querySelector('[role=dialog]'))!.dispatchEvent(
      asUser(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true })),
    );
  return { host, root, decisions, handle, button, press };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const decisionOf = (answers: Partial<Record<'agreedSituation' | 'realHarm' | 'emergencyToClient', string>>) => ({
  agreedSituation: 'unsure',
  realHarm: 'unsure',
  emergencyToClient: 'unsure',
  ...answers,
});

/** Answers one triage question: `index` is its place in the panel (0–2). */
function answer(root: ShadowRoot, index: number, value: 'yes' | 'no' | 'unsure') {
  choose(root.querySelectorAll('fieldset')[index]!.querySelector<HTMLInputElement>(`input[value=${value}]`)!);
}

describe('the guard step', () => {
  it('names the broken boundary, the next window and the promise, and focuses "Send at"', () => {
    const { root, button } = open();
    const dialog = root.querySelector('[role=dialog]')!;
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Sending now breaks Acme Corp’s boundary');
    const rules = root.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect([...rules.querySelectorAll('li')].map((li) => li.textContent)).toEqual(outsideCheck().view.rules);
    expect(dialog.textContent).toContain('after hours');
    expect(dialog.textContent).toContain('Tue 08:00 in New York (Acme Corp)');
    expect(dialog.textContent).toContain('14:00 your time');
    expect(root.querySelector('.promise')?.getAttribute('data-kept')).toBe('true');
    expect(root.activeElement).toBe(button(/^Send Tue 08:00$/));
  });

  it('says, as text, when the client’s expectation is shifting — before the choice and again in triage', () => {
    const drift = {
      profileId: 'acme',
      name: 'Acme Corp',
      exceptions: 2,
      windowDays: 14,
      text: "3rd reply outside Acme Corp's hours in 2 weeks — their expectation is <b>shifting</b>",
      summary: "2 replies outside Acme Corp's hours in 2 weeks — their expectation is shifting",
    };
    const { root, button } = open({ check: { ...outsideCheck(), drift: [drift] } });
    expect([...root.querySelectorAll('.drift')].map((p) => p.textContent)).toEqual([drift.text]);
    expect(root.querySelector('.drift b')).toBeNull();
    button(/emergency/).click();
    expect([...root.querySelectorAll('.drift')].map((p) => p.textContent)).toEqual([drift.text]);
  });

  it('without drift (or from an older worker) no warning is shown', () => {
    const { root } = open();
    expect(root.querySelectorAll('.drift')).toHaveLength(0);
  });

  it('keeps Tab inside the panel, both ways', () => {
    const { root, press, button } = open();
    press('Tab');
    expect(root.activeElement).toBe(button(/emergency/));
    press('Tab');
    expect(root.activeElement).toBe(button(/^Cancel$/));
    press('Tab');
    expect(root.activeElement).toBe(button(/^Send Tue/));
    press('Tab', true);
    expect(root.activeElement).toBe(button(/^Cancel$/));
  });

  it('Esc cancels, once', () => {
    const { decisions, press } = open();
    press('Escape');
    press('Escape');
    expect(decisions).toEqual([{ action: 'cancel' }]);
  });

  it('"Send at" asks to schedule; busy disables the actions; an error re-enables them', () => {
    const { decisions, button, handle, root } = open();
    tap(button(/^Send Tue/));
    expect(decisions).toEqual([{ action: 'send-at', triage: null }]);
    handle.setBusy('Handing your reply to Gmail…');
    expect([...root.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
    handle.showError('Gmail’s Schedule send could not be completed.');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('could not be completed');
    expect([...root.querySelectorAll('button')].some((b) => b.disabled)).toBe(false);
  });
});

describe('triage', () => {
  it('shows the request as text with its signals marked, the client’s own first', () => {
    const { root, button } = open();
    tap(button(/emergency/));
    const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('the website is down');
    expect(marks).toContain('URGENT');
    expect(root.querySelector('b')).toBeNull(); // mail text is never HTML
    expect(root.querySelector('.request')?.textContent).toContain('<b>not bold</b>');
    expect(root.querySelectorAll('fieldset')).toHaveLength(3);
  });

  it('suggests red cup until the answers say otherwise, and records the answers with each outcome', () => {
    const { root, button, decisions } = open({ startWithTriage: true });
    const status = () => root.querySelector('.suggestion [role=status]')?.textContent;
    expect(status()).toContain('red cup');
    expect(button(/^Red cup/).textContent).toContain('(recommended)');
    const [agreed, harm] = [...root.querySelectorAll('fieldset')].map((f) =>
      f.querySelector<HTMLInputElement>('input[value=yes]')!,
    );
    choose(agreed!);
    choose(harm!);
    expect(status()).toContain('real emergency');
    tap(button(/^Real emergency/));
    expect(decisions).toEqual([
      {
        action: 'send-now',
        kind: 'sent-emergency',
        triage: {
          answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'unsure' },
          suggestion: 'real-emergency',
        },
      },
    ]);
  });

  it('"Send anyway" is always there, with the reminder', () => {
    const { root, button, decisions } = open({ startWithTriage: true });
    expect(root.querySelector('.reminder')?.textContent).toContain('resets Acme Corp’s expectation');
    tap(button(/^Send anyway/));
    expect(decisions[0]).toMatchObject({ action: 'send-now', kind: 'sent-anyway', triage: { suggestion: 'red-cup' } });
  });

  it('says so when the request could not be found', () => {
    const { root } = open({ startWithTriage: true, request: null });
    expect(root.textContent).toContain('could not find the message you are answering');
  });
});

describe('the guard step, more', () => {
  it('says when the promise is no longer kept, with a mark besides the colour', () => {
    const check = outsideCheck();
    const { root } = open({
      check: {
        ...check,
        view: {
          ...check.view,
          promiseKept: false,
          promise: 'The promise to Acme Corp is not kept: the reply is due by Mon 22:00.',
        },
      },
    });
    const promise = root.querySelector('.promise')!;
    expect(promise.getAttribute('data-kept')).toBe('false');
    expect(promise.textContent).toContain('is not kept');
  });

  it('without a window within a year: no "Send at", a sentence instead, focus on "It’s an emergency…"', () => {
    const check = outsideCheck();
    const { root, button } = open({ check: { ...check, view: { ...check.view, next: null } } });
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['It’s an emergency…', 'Cancel']);
    expect(root.textContent).toContain('No window opens within a year');
    expect(root.activeElement).toBe(button(/emergency/));
    tap(button(/emergency/));
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Real emergency — send now',
      'Send anyway',
      'Back',
    ]);
  });

  it('Cancel decides cancel', () => {
    const { decisions, button } = open();
    tap(button(/^Cancel$/));
    expect(decisions).toEqual([{ action: 'cancel' }]);
  });

  it('gives focus back on close: to the given control, else to what had it', () => {
    const send = document.createElement('button');
    document.body.append(send);
    const first = open({ returnFocus: send });
    expect(document.activeElement).toBe(first.host);
    first.handle.close();
    expect(document.activeElement).toBe(send);
    expect(first.root.childNodes).toHaveLength(0);

    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.focus();
    const second = open();
    second.handle.close();
    expect(document.activeElement).toBe(editor);
  });

  it('sits over the compose, inside the viewport', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const rect = (x: number, y: number, width: number, height: number) =>
      ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this === anchor) return rect(100, 120, 600, 500); // a compose in the viewport's upper left
      if (this.classList.contains('panel')) return rect(0, 0, 460, 300);
      return rect(0, 0, 0, 0);
    });
    const { root } = open({ anchor });
    const dialog = root.querySelector<HTMLElement>('[role=dialog]')!;
    expect(dialog.style.left).toBe(`${100 + (600 - 460) / 2}px`);
    expect(dialog.style.top).toBe(`${120 + 40}px`);

    // A compose in the bottom-right corner (Gmail's pop-up): the panel moves left and up to stay visible.
    anchor.getBoundingClientRect = () => rect(window.innerWidth - 300, window.innerHeight - 200, 300, 200);
    window.dispatchEvent(new Event('resize'));
    expect(dialog.style.left).toBe(`${window.innerWidth - 460 - 16}px`);
    expect(dialog.style.top).toBe(`${window.innerHeight - 300 - 16}px`);

    // Off screen (or no compose given): centred near the top.
    anchor.getBoundingClientRect = () => rect(-900, 0, 500, 400);
    window.dispatchEvent(new Event('resize'));
    expect(dialog.style.left).toBe(`${Math.round((window.innerWidth - 460) / 2)}px`);
  });
});

describe('busy and errors', () => {
  it('while busy nothing can be decided, not even with Esc, and focus stays in the panel', () => {
    const { decisions, button, handle, root, press } = open();
    tap(button(/^Send Tue/));
    handle.setBusy('Handing your reply to Gmail’s Schedule send…');
    expect(root.querySelector('[role=status]')?.textContent).toBe('Handing your reply to Gmail’s Schedule send…');
    expect(root.activeElement).toBe(root.querySelector('[role=dialog]'));
    press('Escape');
    tap(button(/emergency/));
    press('Tab');
    expect(root.activeElement).toBe(root.querySelector('[role=dialog]'));
    expect(decisions).toEqual([{ action: 'send-at', triage: null }]);

    handle.showError('Gmail’s Schedule send could not be completed.');
    expect(root.querySelector('[role=status]')?.textContent).toBe('');
    expect(root.activeElement).toBe(button(/^Send Tue/)); // Enter tries again
    press('Escape');
    expect(decisions).toEqual([{ action: 'send-at', triage: null }, { action: 'cancel' }]);
  });

  it('a new busy state clears an old error', () => {
    const { handle, root } = open();
    handle.showError('It failed.');
    handle.setBusy('Trying again…');
    expect(root.querySelector('[role=alert]')?.textContent).toBe('');
  });
});

describe('triage, more', () => {
  it('names the sender and marks the client’s own signals apart from the general ones', () => {
    const { root } = open({ startWithTriage: true });
    expect(root.querySelector('.from')?.textContent).toMatch(/^From jane@acme\.com · /);
    const sources = Object.fromEntries(
      [...root.querySelectorAll('.request mark')].map((m) => [m.textContent, m.getAttribute('data-source')]),
    );
    expect(sources).toEqual({ URGENT: 'general', 'the website is down': 'client-situation' });
    const legend = [...root.querySelectorAll('.legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['Agreed emergency: The website is down', 'General urgency word: urgent']);
  });

  it('an HTML-looking request stays text', () => {
    const text = '<img src=x onerror="alert(1)"> the <mark>outage</mark> & more';
    const { root } = open({ startWithTriage: true, request: { from: 'jane@acme.com', text, at: null } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.request')?.textContent).toBe(text);
    // Only our own mark, around the client's keyword; the "<mark>" in the mail is text.
    expect([...root.querySelectorAll('.request mark')].map((m) => m.textContent)).toEqual(['outage']);
  });

  it('focuses the first question; Tab visits each question once, then the outcomes, and wraps', () => {
    const { root, press, button } = open({ startWithTriage: true });
    const radios = (i: number) => [...root.querySelectorAll('fieldset')[i]!.querySelectorAll('input')];
    expect(root.activeElement).toBe(radios(0)[0]);
    press('Tab');
    expect(root.activeElement).toBe(radios(1)[0]);
    answer(root, 2, 'no');
    press('Tab');
    expect(root.activeElement).toBe(radios(2)[1]); // the checked radio of an answered question
    press('Tab');
    expect(root.activeElement).toBe(button(/^Real emergency/));
    press('Tab');
    press('Tab');
    press('Tab');
    expect(root.activeElement).toBe(button(/^Back$/));
    press('Tab');
    expect(root.activeElement).toBe(radios(0)[0]);
    press('Tab', true);
    expect(root.activeElement).toBe(button(/^Back$/));
  });

  it('the suggestion follows the answers, with its reasons, and the recommended outcome with it', () => {
    const { root, button } = open({ startWithTriage: true });
    const suggestion = () => root.querySelector('.suggestion [role=status]')?.textContent;
    const reasons = () => [...root.querySelectorAll('.suggestion li')].map((li) => li.textContent);
    expect(reasons().length).toBeGreaterThan(0);
    answer(root, 0, 'yes');
    answer(root, 1, 'yes');
    expect(suggestion()).toBe('Suggestion: a real emergency.');
    expect(reasons()[0]).toContain('It is one of the situations Acme Corp agreed');
    expect(button(/^Red cup/).textContent).toBe('Red cup — send Tue 08:00');
    expect(button(/^Real emergency/).classList.contains('primary')).toBe(true);
    answer(root, 1, 'no');
    expect(suggestion()).toBe('Suggestion: a red cup — it can wait.');
    expect(button(/^Red cup/).textContent).toBe('Red cup — send Tue 08:00 (recommended)');
    expect(button(/^Real emergency/).classList.contains('primary')).toBe(false);
  });

  it('"Red cup" schedules with the answers, the unanswered ones as not sure', () => {
    const { root, button, decisions } = open({ startWithTriage: true });
    answer(root, 2, 'yes');
    tap(button(/^Red cup/));
    expect(decisions).toEqual([
      { action: 'send-at', triage: { answers: decisionOf({ emergencyToClient: 'yes' }), suggestion: 'red-cup' } },
    ]);
  });

  it('records the suggestion the user saw, not one from the unanswered questions filled in', () => {
    // The request names the agreed situation: with "yes" and harm left open, the panel still says red cup
    // (harm not said); filling in "not sure" for harm would turn it into a real emergency.
    const { root, button, decisions } = open({ startWithTriage: true });
    answer(root, 0, 'yes');
    expect(root.querySelector('.suggestion [role=status]')?.textContent).toBe('Suggestion: a red cup — it can wait.');
    tap(button(/^Real emergency/));
    expect(decisions).toEqual([
      {
        action: 'send-now',
        kind: 'sent-emergency',
        triage: { answers: decisionOf({ agreedSituation: 'yes' }), suggestion: 'red-cup' },
      },
    ]);
  });

  it('"Send anyway" is possible against a real-emergency suggestion too', () => {
    const { root, button, decisions } = open({ startWithTriage: true });
    answer(root, 0, 'yes');
    answer(root, 1, 'yes');
    tap(button(/^Send anyway/));
    expect(decisions).toEqual([
      {
        action: 'send-now',
        kind: 'sent-anyway',
        triage: { answers: decisionOf({ agreedSituation: 'yes', realHarm: 'yes' }), suggestion: 'real-emergency' },
      },
    ]);
  });

  it('Back returns to the guard step with "Send at" focused; Esc in triage goes back too, a second Esc cancels', () => {
    const { root, button, press, decisions } = open({ startWithTriage: true });
    tap(button(/^Back$/));
    expect(root.querySelectorAll('fieldset')).toHaveLength(0);
    expect(root.activeElement).toBe(button(/^Send Tue 08:00$/));
    tap(button(/emergency/));
    expect(root.querySelectorAll('fieldset').length).toBeGreaterThan(0);
    press('Escape');
    expect(root.querySelectorAll('fieldset')).toHaveLength(0);
    expect(root.activeElement).toBe(button(/^Send Tue 08:00$/));
    expect(decisions).toEqual([]);
    press('Escape');
    expect(decisions).toEqual([{ action: 'cancel' }]);
  });
});

describe('what the page can do to the panel', () => {
  it('its root is closed: the page finds no shadowRoot on the host', () => {
    const { host, root } = open();
    expect(host.shadowRoot).toBeNull();
    expect(root.querySelector('[role=dialog]')).not.toBeNull();
  });

  it('a script’s clicks and keys decide nothing; the user’s own do', () => {
    const guard = open();
    for (const name of [/^Send Tue/, /^Cancel$/]) guard.button(name).click();
    guard.root
      .querySelector('[role=dialog]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    guard.button(/emergency/).click();
    expect(guard.root.querySelectorAll('fieldset')).toHaveLength(0); // still on the guard step
    expect(guard.decisions).toEqual([]);

    const triage = open({ startWithTriage: true });
    const yes = triage.root.querySelector('fieldset')!.querySelector<HTMLInputElement>('input[value=yes]')!;
    yes.click();
    yes.dispatchEvent(new Event('change', { bubbles: true }));
    for (const name of [/^Send anyway/, /^Real emergency/, /^Red cup/, /^Back$/]) triage.button(name).click();
    expect(triage.decisions).toEqual([]);
    tap(triage.button(/^Send anyway/));
    // The script's "yes" was not taken as the user's answer.
    expect(triage.decisions).toEqual([
      { action: 'send-now', kind: 'sent-anyway', triage: { answers: decisionOf({}), suggestion: 'red-cup' } },
    ]);
  });
});
