import { describe, expect, it } from 'vitest';
import { colorForId, newProfile, newProfileId, PROFILE_COLORS } from './new-profile.ts';
import { validateProfile } from './profile-validation.ts';

describe('newProfileId', () => {
  it('gives a fresh UUID each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newProfileId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('newProfile', () => {
  it('has the documented defaults', () => {
    expect(newProfile({ id: 'p1', timeZone: 'Europe/Berlin' })).toEqual({
      id: 'p1',
      name: '',
      color: colorForId('p1'),
      match: [],
      timeZone: 'Europe/Berlin',
      hours: {
        mon: [{ start: '09:00', end: '17:00' }],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
        fri: [{ start: '09:00', end: '17:00' }],
        sat: [],
        sun: [],
      },
      timeOff: [],
      promise: { regular: { kind: 'within-hours', hours: 24 } },
      emergency: { situations: [], keywords: [], channel: '' },
      sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
      notes: '',
    });
  });

  it('is valid once it has a name', () => {
    expect(validateProfile(newProfile({ id: newProfileId(), timeZone: 'Australia/Lord_Howe', name: 'Acme' })).ok).toBe(
      true,
    );
  });

  it('does not share window lists between days', () => {
    const p = newProfile({ id: 'p1', timeZone: 'UTC' });
    p.hours.mon.push({ start: '18:00', end: '19:00' });
    expect(p.hours.tue).toHaveLength(1);
  });
});

describe('colorForId', () => {
  it('always gives the same palette colour for the same id', () => {
    for (const id of ['a', 'acme', newProfileId()]) {
      expect(PROFILE_COLORS).toContain(colorForId(id));
      expect(colorForId(id)).toBe(colorForId(id));
    }
  });

  it('spreads ids over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => colorForId(`profile-${i}`)));
    expect(used.size).toBe(PROFILE_COLORS.length);
  });

  it('uses only colours white text can sit on (contrast ≥ 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const color of PROFILE_COLORS) expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
