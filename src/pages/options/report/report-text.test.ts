import { describe, expect, it } from 'vitest';
import {
  businessTimeText,
  clientName,
  countsSummary,
  driftText,
  percentText,
  promisesText,
  sparklineLabel,
  weekLabel,
} from './report-text.ts';
import { counts, weeks } from './testing/report-fixtures.ts';

describe('the report in words', () => {
  it('a week without replies has no percentage, never 100 %', () => {
    expect(percentText(null)).toBe('—');
    expect(percentText(1)).toBe('100 %');
    expect(percentText(0.954)).toBe('95 %');
    expect(percentText(0)).toBe('0 %');
  });

  it.each([
    [null, '—'],
    [0, '0 min'],
    [45, '45 min'],
    [120, '2 h'],
    [200.4, '3 h 20 min'],
  ])('business time %s → %s', (minutes, text) => {
    expect(businessTimeText(minutes)).toBe(text);
  });

  it('promises: kept of those known, the unknown ones apart (never counted as kept)', () => {
    expect(promisesText(counts({ inside: 43, promisesKept: 41, promisesBroken: 2 }))).toBe('Kept 41 of 43 promises');
    expect(promisesText(counts({ inside: 3, promisesKept: 1, promisesUnknown: 2 }))).toBe(
      'Kept 1 of 1 promise · 2 unknown',
    );
    expect(promisesText(counts({ inside: 2, promisesUnknown: 2 }))).toBe('No promise known · 2 unknown');
    expect(promisesText(counts())).toBe('No promises');
  });

  it('the drift warning only when the expectation is shifting', () => {
    expect(driftText('Acme', { exceptions: 3, windowDays: 14, shifting: true })).toBe(
      "3 replies outside Acme's hours in 2 weeks — their expectation is shifting.",
    );
    expect(driftText('Acme', { exceptions: 2, windowDays: 10, shifting: true })).toBe(
      "2 replies outside Acme's hours in 10 days — their expectation is shifting.",
    );
    expect(driftText('Acme', { exceptions: 1, windowDays: 14, shifting: false })).toBeNull();
  });

  it('a deleted client under its last name, marked', () => {
    expect(clientName({ name: 'Acme', deleted: true })).toBe('Acme (deleted)');
    expect(clientName({ name: 'Acme', deleted: false })).toBe('Acme');
  });

  it('weeks by their Monday in the user’s zone', () => {
    const [first] = weeks([{}]);
    expect(weekLabel(first!, 'Europe/Berlin')).toBe('2 Nov');
    expect(weekLabel(first!, 'Europe/Berlin', true)).toBe('2 Nov 2026');
  });

  it('the chart’s text summary says every part of the bars and the promises', () => {
    expect(
      countsSummary(
        'Acme',
        counts({ inside: 30, sentLater: 8, emergency: 1, sentAnyway: 1, promisesKept: 39, promisesBroken: 1 }),
        'the last 4 weeks',
      ),
    ).toBe(
      'Of 40 replies to Acme in the last 4 weeks, 38 kept inside their hours (95 %): 30 sent inside hours; 8 sent later; 1 real emergency; 1 red cup sent anyway. Kept 39 of 40 promises.',
    );
    expect(countsSummary('Acme', counts(), 'the last 4 weeks')).toBe('No replies to Acme in the last 4 weeks.');
  });

  it('the sparkline’s name: the lowest and the latest week with replies', () => {
    const w = weeks([{ inside: 1 }, { inside: 1, sentAnyway: 1 }, {}, { inside: 3, emergency: 1 }]);
    expect(sparklineLabel(w, 'Europe/Berlin')).toBe(
      'Weekly consistency over 4 weeks: lowest 50 % (week of 9 Nov), latest 75 % (week of 23 Nov)',
    );
    expect(sparklineLabel(weeks([{}, {}]), 'Europe/Berlin')).toBe('No replies in any of the 2 weeks');
  });
});
