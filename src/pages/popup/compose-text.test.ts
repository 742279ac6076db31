import { describe, expect, it } from 'vitest';
import type { TabComposeState } from '../../messaging/tab-protocol.ts';
import { composeSectionText, UNSUPPORTED } from './compose-text.ts';
import { checkFor, composeState, MONDAY_EVENING_NY, MONDAY_MORNING_NY } from './testing/compose-fixtures.ts';

const of = (state: TabComposeState) => composeSectionText({ kind: 'state', tabId: 7, state });

const NOTHING_TO_DO = { rules: [], next: [], promise: null, sendAt: null, triage: false };

describe('composeSectionText: the tab', () => {
  it('shows nothing for a tab that is not a mail tab', () => {
    expect(composeSectionText({ kind: 'not-mail' })).toBeNull();
  });

  it('asks for a reload when the content script does not answer', () => {
    expect(composeSectionText({ kind: 'unreachable', tabId: 7 })).toMatchObject({
      headline: 'Reload this tab so Red Cup can watch it.',
      composeId: null,
      ...NOTHING_TO_DO,
    });
  });

  it('says exactly that the layout is not supported, and that nothing is blocked', () => {
    const text = of({ kind: 'unsupported', provider: 'outlook' });
    expect(text?.headline).toBe('This layout is not supported yet');
    expect(UNSUPPORTED).toBe('This layout is not supported yet');
    expect(text?.details).toEqual(['Red Cup is not blocking anything on this page.']);
    expect(text).toMatchObject({ composeId: null, ...NOTHING_TO_DO });
  });

  it('gives a hint when no compose is open', () => {
    expect(of({ kind: 'no-compose', provider: 'gmail' })).toMatchObject({
      tone: 'info',
      headline: 'No compose window is open in this tab.',
      details: ['Start writing a reply and Red Cup checks its recipients as you type.'],
      composeId: null,
      ...NOTHING_TO_DO,
    });
  });

  it('offers no action before the compose was checked', () => {
    expect(of(composeState(null))).toMatchObject({
      headline: 'Red Cup has not checked this compose yet.',
      clients: [],
      composeId: 'compose-1',
      ...NOTHING_TO_DO,
    });
  });
});

describe('composeSectionText: the compose', () => {
  it('outside one client’s hours: the pill, the rule, the next window, the promise and both actions', () => {
    expect(of(composeState(checkFor(['jane@acme.com'], MONDAY_EVENING_NY)))).toEqual({
      tone: 'outside',
      headline: 'Acme Corp · after hours · next window Tue 08:00 EST',
      details: [],
      clients: [{ id: 'acme', name: 'Acme Corp', color: '#123456', timeZone: 'America/New_York' }],
      rules: ['Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).'],
      next: ['Tue 08:00 in New York (Acme Corp)', '14:00 your time'],
      promise: 'The promise to Acme Corp is still kept: the reply is due by Tue 20:10 EST.',
      promiseKept: true,
      drift: [],
      composeId: 'compose-1',
      sendAt: 'Send Tue 08:00',
      triage: true,
    });
  });

  it('outside the hours of a client whose exceptions cluster: the worker’s drift warning, word for word', () => {
    const check = checkFor(['jane@acme.com'], MONDAY_EVENING_NY);
    const text = of(
      composeState({
        ...check,
        drift: [
          {
            profileId: 'acme',
            name: 'Acme Corp',
            exceptions: 2,
            windowDays: 14,
            text: "3rd reply outside Acme Corp's hours in 2 weeks — their expectation is shifting",
            summary: "2 replies outside Acme Corp's hours in 2 weeks — their expectation is shifting",
          },
        ],
      }),
    );
    expect(text?.drift).toEqual(["3rd reply outside Acme Corp's hours in 2 weeks — their expectation is shifting"]);
  });

  it('a worker older than the report sends no drift: none is shown', () => {
    const { drift: _none, ...old } = { ...checkFor(['jane@acme.com'], MONDAY_EVENING_NY), drift: undefined };
    expect(of(composeState(old))?.drift).toEqual([]);
  });

  it('outside two clients’ hours: both clients, both rules, the window in each zone', () => {
    const text = of(composeState(checkFor(['jane@acme.com', 'bob@globex.com'], MONDAY_EVENING_NY)));
    expect(text?.clients.map((c) => c.name)).toEqual(['Acme Corp', 'Globex']);
    expect(text?.rules).toEqual([
      'Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).',
      'Globex: before hours (Mon–Fri 08:00–18:00 in London; it is 01:10 there).',
    ]);
    expect(text?.next).toEqual(['Tue 08:00 in New York (Acme Corp)', '13:00 in London (Globex)', '14:00 your time']);
    expect(text).toMatchObject({ sendAt: 'Send Tue 08:00', triage: true });
  });

  it('outside with no window within a year: triage only', () => {
    const closed = { ...checkFor(['jane@acme.com'], MONDAY_EVENING_NY) };
    closed.view = { ...closed.view, next: null };
    expect(of(composeState(closed))).toMatchObject({ next: [], sendAt: null, triage: true });
  });

  it('inside the hours: the status, nothing to do', () => {
    expect(of(composeState(checkFor(['jane@acme.com'], MONDAY_MORNING_NY)))).toMatchObject({
      tone: 'inside',
      headline: 'Acme Corp · inside hours until 18:00 EST',
      details: ['Sending now keeps the boundary: nothing to do.'],
      clients: [{ id: 'acme' }],
      ...NOTHING_TO_DO,
    });
  });

  it('unguarded: why, and nothing to do', () => {
    expect(of(composeState(checkFor(['someone@else.example'], MONDAY_MORNING_NY)))).toMatchObject({
      tone: 'unguarded',
      headline: 'Not a client · not guarded',
      details: ['None of the recipients is one of your clients.'],
      clients: [],
      ...NOTHING_TO_DO,
    });
    expect(of(composeState(checkFor([], MONDAY_MORNING_NY), []))).toMatchObject({
      headline: 'No recipients yet',
      details: ['Add a recipient and Red Cup checks their boundary.'],
      ...NOTHING_TO_DO,
    });
  });

  it('paused: until when (in the user’s zone), and nothing to do even after hours', () => {
    const paused = checkFor(['jane@acme.com'], MONDAY_EVENING_NY, undefined, {
      pausedUntil: '2026-11-24T20:10:00.000Z',
    });
    expect(of(composeState(paused))).toMatchObject({
      tone: 'unguarded',
      headline: 'Paused until 21:10',
      details: ['Nothing is guarded until then: every Send goes through.'],
      ...NOTHING_TO_DO,
    });
  });
});
