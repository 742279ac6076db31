// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
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
  };
}

const REQUEST = { from: 'jane@acme.com', text: 'URGENT: the website is down! <b>not bold</b>', at: '2026-11-24T00:55:00.000Z' };

function open(model: Partial<PanelModel> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const decisions: PanelDecision[] = [];
  const handle = openPanel(host, { check: outsideCheck(), request: REQUEST, ...model }, (d) => decisions.push(d));
  const root = host.shadowRoot!;
  const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
  const press = (key: string, shiftKey = false) =>
    (root.activeElement ?? root.querySelector('[role=dialog]'))!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true }));
  return { host, root, decisions, handle, button, press };
}

afterEach(() => document.body.replaceChildren());

describe('the guard step', () => {
  it('names the broken boundary, the next window and the promise, and focuses "Send at"', () => {
    const { root, button } = open();
    const dialog = root.querySelector('[role=dialog]')!;
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Sending now breaks Acme Corp’s boundary');
    expect(dialog.textContent).toContain('after hours');
    expect(dialog.textContent).toContain('Tue 08:00 in New York (Acme Corp)');
    expect(dialog.textContent).toContain('14:00 your time');
    expect(root.querySelector('.promise')?.getAttribute('data-kept')).toBe('true');
    expect(root.activeElement).toBe(button(/^Send Tue 08:00$/));
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
    button(/^Send Tue/).click();
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
    button(/emergency/).click();
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
    const [agreed, harm] = [...root.querySelectorAll('fieldset')].map((f) => f.querySelector<HTMLInputElement>('input[value=yes]')!);
    agreed!.click();
    harm!.click();
    expect(status()).toContain('real emergency');
    button(/^Real emergency/).click();
    expect(decisions).toEqual([
      {
        action: 'send-now',
        kind: 'sent-emergency',
        triage: { answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'unsure' }, suggestion: 'real-emergency' },
      },
    ]);
  });

  it('"Send anyway" is always there, with the reminder', () => {
    const { root, button, decisions } = open({ startWithTriage: true });
    expect(root.querySelector('.reminder')?.textContent).toContain('resets Acme Corp’s expectation');
    button(/^Send anyway/).click();
    expect(decisions[0]).toMatchObject({ action: 'send-now', kind: 'sent-anyway', triage: { suggestion: 'red-cup' } });
  });

  it('says so when the request could not be found', () => {
    const { root } = open({ startWithTriage: true, request: null });
    expect(root.textContent).toContain('could not find the message you are answering');
  });
});
