import { describe, expect, it } from 'vitest';
import { exceptionText } from './exception-text.ts';
import { exception } from './testing/report-fixtures.ts';

const NOW = '2026-11-30T12:00:00.000Z';

describe('an exception in words', () => {
  it('the time in the client’s zone and the user’s, the kind, the answers, the suggestion and the promise', () => {
    expect(exceptionText(exception(), 'America/New_York', 'Europe/Berlin', '24h', NOW)).toEqual({
      clientTime: 'Mon 23 Nov 20:10 EST',
      userTime: 'Tue 24 Nov 02:10 GMT+1',
      kind: 'Red cup, sent anyway',
      answers: 'Agreed situation: no · Real harm if it waits: no · Emergency to the client: not sure',
      suggestion: 'Red Cup suggested: red cup',
      promise: 'Promise kept (deadline Tue 24 Nov 20:10 EST)',
    });
  });

  it('a real emergency on a 12-hour clock, a deleted client (no zone), an unknown promise', () => {
    const text = exceptionText(
      exception({
        kind: 'sent-emergency',
        promise: 'unknown',
        requestAt: null,
        promiseDeadline: null,
        triage: {
          answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
          suggestion: 'real-emergency',
        },
      }),
      null,
      'Europe/Berlin',
      '12h',
      NOW,
    );
    expect(text).toEqual({
      clientTime: null,
      userTime: 'Tue 24 Nov 2:10 AM GMT+1',
      kind: 'Real emergency, sent at once',
      answers: 'Agreed situation: yes · Real harm if it waits: yes · Emergency to the client: yes',
      suggestion: 'Red Cup suggested: real emergency',
      promise: 'Promise unknown (request time not known)',
    });
  });

  it('without triage: no answers, no suggestion', () => {
    const text = exceptionText(
      exception({ triage: null, promise: 'broken' }),
      'America/New_York',
      'Europe/Berlin',
      '24h',
      NOW,
    );
    expect(text.answers).toBeNull();
    expect(text.suggestion).toBeNull();
    expect(text.promise).toBe('Promise broken (deadline Tue 24 Nov 20:10 EST)');
  });
});
