import { describe, expect, it } from 'vitest';
import { parseReportHash, periodText, rangeProblem, reportHash, type ReportRoute } from './period.ts';

describe('the report route in the URL', () => {
  it.each<[string, ReportRoute]>([
    ['#report', { profileId: null, period: { kind: 'weeks', weeks: 12 } }],
    ['#report?weeks=4', { profileId: null, period: { kind: 'weeks', weeks: 4 } }],
    ['#report/acme', { profileId: 'acme', period: { kind: 'weeks', weeks: 12 } }],
    ['#report/a%2Fb?weeks=52', { profileId: 'a/b', period: { kind: 'weeks', weeks: 52 } }],
    [
      '#report/acme?from=2026-10-01&to=2026-11-30',
      { profileId: 'acme', period: { kind: 'range', from: '2026-10-01', to: '2026-11-30' } },
    ],
    // Anything unreadable gives the default period, never an error page.
    ['#report?weeks=7', { profileId: null, period: { kind: 'weeks', weeks: 12 } }],
    ['#report?from=2026-11-30&to=2026-10-01', { profileId: null, period: { kind: 'weeks', weeks: 12 } }],
    ['#report?from=2026-02-30&to=2026-03-01', { profileId: null, period: { kind: 'weeks', weeks: 12 } }],
  ])('%s', (hash, route) => {
    expect(parseReportHash(hash)).toEqual(route);
    expect(parseReportHash(reportHash(route))).toEqual(route);
  });

  it('other pages are not the report', () => {
    expect(parseReportHash('#queue')).toBeNull();
    expect(parseReportHash('')).toBeNull();
    expect(parseReportHash('#reports')).toBeNull();
  });

  it('the default period keeps the URL short', () => {
    expect(reportHash({ profileId: null, period: { kind: 'weeks', weeks: 12 } })).toBe('#report');
    expect(reportHash({ profileId: 'acme', period: { kind: 'weeks', weeks: 4 } })).toBe('#report/acme?weeks=4');
  });
});

describe('a date range', () => {
  it('names the date to fix', () => {
    expect(rangeProblem('', '2026-11-30')).toEqual({ field: 'from', message: 'Choose the first day of the range.' });
    expect(rangeProblem('2026-11-01', '')).toEqual({ field: 'to', message: 'Choose the last day of the range.' });
    expect(rangeProblem('2026-11-30', '2026-11-01')).toEqual({
      field: 'to',
      message: 'The last day must not be before the first day.',
    });
    expect(rangeProblem('2026-11-01', '2026-11-01')).toBeNull();
  });

  it('in words', () => {
    expect(periodText({ kind: 'weeks', weeks: 4 })).toBe('the last 4 weeks');
    expect(periodText({ kind: 'range', from: '2026-10-01', to: '2026-11-30' })).toBe('1 Oct 2026 – 30 Nov 2026');
  });
});
