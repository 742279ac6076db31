import { describe, expect, it } from 'vitest';
import { lookedUp, sentAmong } from './sent-lookup.ts';

interface Row {
  subject: string;
  times: number[];
}

const SINCE = '2026-12-03T14:05:30.000Z';
const at = (iso: string) => Date.parse(iso);
const find = (rows: Row[], since = SINCE) =>
  sentAmong(
    rows,
    since,
    (row) => row.subject === 'Homepage',
    (row) => row.times,
  );

describe('sentAmong: the rule of a Sent lookup', () => {
  it('is yes for the message sent at or after since, to the minute the list shows', () => {
    expect(find([{ subject: 'Homepage', times: [at('2026-12-03T14:05:00.000Z')] }])).toBe('yes');
    expect(find([{ subject: 'Homepage', times: [at('2026-12-03T15:00:00.000Z')] }])).toBe('yes');
  });

  it('is no for an older one, or another message', () => {
    expect(find([{ subject: 'Homepage', times: [at('2026-12-03T14:04:00.000Z')] }])).toBe('no');
    expect(find([{ subject: 'Other', times: [at('2026-12-03T14:06:00.000Z')] }])).toBe('no');
    expect(find([])).toBe('no');
  });

  it('is unknown, never no, when a candidate has no readable time or since is not a time', () => {
    expect(find([{ subject: 'Homepage', times: [] }])).toBe('unknown');
    expect(find([{ subject: 'Homepage', times: [at('2026-12-03T15:00:00.000Z')] }], 'soon')).toBe('unknown');
  });
});

describe('lookedUp', () => {
  it('answers the lookup, unknown when it could not look or failed', async () => {
    expect(await lookedUp(async () => 'yes')).toBe('yes');
    expect(await lookedUp(async () => null)).toBe('unknown');
    expect(await lookedUp(() => Promise.reject(new Error('navigated')))).toBe('unknown');
    expect(
      await lookedUp(() => {
        throw new Error('sync');
      }),
    ).toBe('unknown');
  });
});
