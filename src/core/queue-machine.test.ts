import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './profile.ts';
import { canMove, catchUp, nextRetry, RETRY_DELAYS_MS, TRANSITIONS } from './queue-machine.ts';
import { QUEUE_STATUSES } from './queue.ts';
import { profile } from './testing/profile-fixture.ts';

// Acme: Mon–Fri 08:00–18:00 in New York (the fixture's hours).
const acme = profile({ id: 'acme', name: 'Acme', timeZone: 'America/New_York', match: ['acme.com'] });

describe('the state machine', () => {
  it.each([
    ['pending', 'sending', true],
    ['pending', 'needs-attention', true], // held by catch-up (§5.5)
    ['needs-attention', 'sending', false], // the user decides first: re-time, send now or open
    ['sending', 'sent', true],
    ['sending', 'pending', false], // never retried blindly (§5.4)
    ['sending', 'needs-attention', true],
    ['failed', 'pending', true],
    ['sent', 'pending', false],
    ['cancelled', 'pending', false],
    ['handed-off', 'sending', false],
    ['handed-off', 'cancelled', true],
  ] as const)('%s → %s: %s', (from, to, allowed) => expect(canMove(from, to)).toBe(allowed));

  it('names every status, and sent and cancelled are final', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...QUEUE_STATUSES].sort());
    expect(TRANSITIONS.sent).toEqual([]);
    expect(TRANSITIONS.cancelled).toEqual([]);
  });
});

describe('retries with back-off', () => {
  const failedAt = new Date('2026-11-24T15:00:00Z');
  it.each([
    [1, '2026-11-24T15:01:00.000Z'],
    [2, '2026-11-24T15:02:00.000Z'],
    [3, '2026-11-24T15:05:00.000Z'],
    [5, '2026-11-24T15:30:00.000Z'],
  ])('after %i failures: %s', (failures, at) => expect(nextRetry(failures, failedAt)?.toISOString()).toBe(at));
  it('then asks the user', () => expect(nextRetry(RETRY_DELAYS_MS.length + 1, failedAt)).toBeNull());
});

describe('catching up with overdue replies', () => {
  const entry = (dueAt: string) => ({ dueAt, recipients: ['jane@acme.com'] });
  it.each([
    ['not due yet', '2026-11-24T16:00:00Z', '2026-11-24T15:00:00Z', { action: 'wait' }],
    [
      'due, inside the hours (Tue 10:00 NY): until the window closes at 18:00 NY',
      '2026-11-24T14:00:00Z',
      '2026-11-24T15:00:00Z',
      { action: 'deliver', until: '2026-11-24T23:00:00.000Z' },
    ],
    [
      'due, now after hours (Tue 20:00 NY): moved to Wed 08:00 NY',
      '2026-11-24T14:00:00Z',
      '2026-11-25T01:00:00Z',
      { action: 'move', to: '2026-11-25T13:00:00.000Z' },
    ],
    ['three days late: held', '2026-11-20T14:00:00Z', '2026-11-23T15:00:00Z', { action: 'hold', why: 'too-late' }],
    [
      'exactly two days late, inside: delivered',
      '2026-11-22T15:00:00Z',
      '2026-11-24T15:00:00Z',
      { action: 'deliver', until: '2026-11-24T23:00:00.000Z' },
    ],
  ])('%s', (_name, dueAt, now, expected) => {
    expect(catchUp(entry(dueAt), [acme], DEFAULT_SETTINGS, new Date(now))).toEqual(expected);
  });

  it('a pause does not let an overdue reply out after hours', () => {
    const paused = { ...DEFAULT_SETTINGS, pausedUntil: '2026-11-25T05:00:00.000Z' };
    expect(catchUp(entry('2026-11-24T14:00:00Z'), [acme], paused, new Date('2026-11-25T01:00:00Z')).action).toBe(
      'move',
    );
  });

  it('recipients no client covers are delivered when due', () => {
    expect(
      catchUp(
        { dueAt: '2026-11-24T14:00:00Z', recipients: ['x@elsewhere.org'] },
        [acme],
        DEFAULT_SETTINGS,
        new Date('2026-11-25T01:00:00Z'),
      ),
    ).toEqual({
      action: 'deliver',
      until: null,
    });
  });
});
