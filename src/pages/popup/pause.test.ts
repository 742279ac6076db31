import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ProfileRef } from '../../core/profile.ts';
import type { ProfileStatus } from '../../core/status-types.ts';
import { activePause, nextWindowEnd, oneHourFrom } from './pause.ts';

const ref = (id: string): ProfileRef => ({ id, name: id, color: '#000000', timeZone: 'UTC' });
const inside = (id: string, until: string): ProfileStatus => ({ profile: ref(id), inside: true, until });
const outside = (id: string, opensAt: string | null): ProfileStatus => ({
  profile: ref(id),
  inside: false,
  reason: 'after-hours',
  opensAt,
});

const NOW = '2026-11-24T01:10:00.000Z';

describe('oneHourFrom', () => {
  it('is an hour later, as a UTC instant', () => {
    expect(oneHourFrom(NOW)).toBe('2026-11-24T02:10:00.000Z');
  });
});

describe('nextWindowEnd', () => {
  it('is the earliest opening among the clients outside their hours', () => {
    const statuses = [
      outside('late', '2026-11-24T13:00:00.000Z'),
      inside('sydney', '2026-11-24T06:00:00.000Z'),
      outside('early', '2026-11-24T08:00:00.000Z'),
      outside('never', null),
    ];
    expect(nextWindowEnd(statuses, NOW)).toEqual({ at: '2026-11-24T08:00:00.000Z' });
  });

  it('ignores an opening that is already past (statuses fetched a while ago)', () => {
    const statuses = [outside('stale', '2026-11-24T01:00:00.000Z'), outside('next', '2026-11-24T09:00:00.000Z')];
    expect(nextWindowEnd(statuses, NOW)).toEqual({ at: '2026-11-24T09:00:00.000Z' });
  });

  it('has none, and says why, when every client is inside', () => {
    expect(nextWindowEnd([inside('a', '2026-11-24T06:00:00.000Z')], NOW)).toEqual({
      at: null,
      why: 'Every client is inside their hours now.',
    });
  });

  it('has none without clients, or when no closed client opens within a year', () => {
    expect(nextWindowEnd([], NOW)).toEqual({ at: null, why: 'Without clients there is no window to wait for.' });
    expect(nextWindowEnd([outside('never', null), inside('a', '2026-11-24T06:00:00.000Z')], NOW)).toEqual({
      at: null,
      why: 'No client outside their hours opens again within a year.',
    });
  });
});

describe('activePause', () => {
  it('is the end of a pause still in force, else null', () => {
    expect(activePause({ ...DEFAULT_SETTINGS, pausedUntil: '2026-11-24T02:10:00.000Z' }, NOW)).toBe(
      '2026-11-24T02:10:00.000Z',
    );
    expect(activePause({ ...DEFAULT_SETTINGS, pausedUntil: NOW }, NOW)).toBeNull();
    expect(activePause({ ...DEFAULT_SETTINGS, pausedUntil: '2026-11-24T00:10:00.000Z' }, NOW)).toBeNull();
    expect(activePause(DEFAULT_SETTINGS, NOW)).toBeNull();
  });
});
