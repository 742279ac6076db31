/**
 * Profiles files for the import benchmark: a realistic export of many clients, made to a given
 * size, and hostile files of the same size (issue 13 C). Deterministic: the same size, the same file.
 */
import type { ClientProfile, TimeWindow } from '../src/core/profile.ts';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Los_Angeles',
];

function client(i: number): ClientProfile {
  const day: TimeWindow[] = [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ];
  return {
    id: `client-${i}`,
    name: `Client ${i} Ltd`,
    color: '#2a6f97',
    match: Array.from({ length: 12 }, (_, k) =>
      k === 0 ? `client${i}.example.com` : `person${k}@partner${i}.example.org`,
    ),
    timeZone: ZONES[i % ZONES.length]!,
    hours: {
      mon: day,
      tue: day,
      wed: day,
      thu: day,
      fri: [{ start: '08:00', end: '15:00' }],
      sat: [],
      sun: [{ start: '22:00', end: '01:00', overnight: true }],
    },
    timeOff: Array.from({ length: 8 }, (_, k) => ({
      start: `2027-0${1 + k}-1${k}`,
      end: `2027-0${1 + k}-1${k + 1}`,
      label: 'Public holiday',
    })),
    promise: {
      regular: { kind: 'within-business-hours', hours: 8 },
      afterHours: { kind: 'next-business-day-by', time: '12:00' },
    },
    emergency: {
      situations: ['The shop is down', 'A press enquiry about a recall'],
      keywords: ['outage', 'recall', 'journalist'],
      channel: 'Call 555-0100',
    },
    sendLater: { offsetMinutes: 15, randomWithinMinutes: 10, delivery: 'provider' },
    notes: 'Prefers short answers. '.repeat(8),
  };
}

/** An export file (pretty-printed, as Red Cup writes it) of about `bytes` bytes, all valid. */
export function exportFileOfSize(bytes: number): { text: string; profiles: number } {
  const write = (n: number) => {
    const file = {
      format: 'red-cup-profiles',
      version: 1,
      exportedAt: '2026-12-01T09:00:00.000Z',
      profiles: Array.from({ length: n }, (_, i) => client(i)),
    };
    return `${JSON.stringify(file, null, 2)}\n`;
  };
  const perProfile = (write(100).length - write(0).length) / 100;
  let n = Math.max(1, Math.floor((bytes - write(0).length) / perProfile));
  let text = write(n);
  // Longer ids and names further down: step back until the file fits.
  while (text.length > bytes && n > 1) text = write((n -= 1 + Math.floor((text.length - bytes) / perProfile)));
  return { text, profiles: n };
}

/** One client with about `bytes` bytes of windows on Monday: the file that froze the worker. */
export function windowsFileOfSize(bytes: number): string {
  const n = Math.floor((bytes - 1000) / 34);
  const monday = Array.from({ length: n }, (_, k) => ({ start: k % 2 === 0 ? '09:00' : '10:00', end: '17:00' }));
  return JSON.stringify([{ ...client(0), name: 'Acme Corp', hours: { ...client(0).hours, mon: monday } }]);
}
