/**
 * Deterministic benchmark data: 1,000 client profiles holding 10,000 addresses and domains in
 * several time zones, and recipient lists that mix matching and unknown addresses.
 */
import { newProfile } from '../../src/core/new-profile.ts';
import type { ClientProfile, PromiseRule, TimeWindow, WeeklyHours } from '../../src/core/profile.ts';
import { seeded } from './measure.ts';

export const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
] as const;

const PROMISES: PromiseRule[] = [
  { kind: 'within-hours', hours: 24 },
  { kind: 'within-business-hours', hours: 8 },
  { kind: 'same-business-day' },
  { kind: 'next-business-day-by', time: '12:00' },
];

const pad = (n: number) => String(n).padStart(2, '0');

function weekdays(windows: TimeWindow[]): WeeklyHours {
  return { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: [], sun: [] };
}

/** Client `i`'s domain (unique per profile). */
export const domainOf = (i: number) => `client${i}.example`;
/** Address `j` of client `i`, on a partner domain that is not matched as a whole. */
export const addressOf = (i: number, j: number) => `person${j}@partner${i}.example`;

/**
 * `count` profiles × 10 match entries (3 domains or sub-domains, 7 addresses). Zones rotate
 * through ZONES (profile i is in ZONES[i % 8]); hours vary (one or two windows a day, some
 * overnight shifts), some have time off and an after-hours promise.
 */
export function makeProfiles(count = 1000, seed = 42): ClientProfile[] {
  const random = seeded(seed);
  const profiles: ClientProfile[] = [];
  for (let i = 0; i < count; i++) {
    const zone = ZONES[i % ZONES.length]!;
    const base = newProfile({ id: `p${i}`, timeZone: zone, name: `Client ${i}` });
    const start = 7 + Math.floor(random() * 3); // 07–09
    const end = 16 + Math.floor(random() * 3); // 16–18
    const shape = random();
    const windows: TimeWindow[] =
      shape < 0.7
        ? [{ start: `${pad(start)}:00`, end: `${pad(end)}:00` }]
        : shape < 0.95
          ? [
              { start: `${pad(start)}:00`, end: '12:00' },
              { start: '13:00', end: `${pad(end)}:00` },
            ]
          : [{ start: '22:00', end: '02:00', overnight: true }];
    const timeOff =
      random() < 0.3
        ? [{ start: `2026-12-${pad(20 + Math.floor(random() * 5))}`, end: '2027-01-02', label: 'Holidays' }]
        : [];
    profiles.push({
      ...base,
      match: [
        domainOf(i),
        `eu.client${i}-group.example`,
        `client${i}.co.example`,
        ...Array.from({ length: 7 }, (_, j) => addressOf(i, j)),
      ],
      hours: weekdays(windows),
      timeOff,
      promise: {
        regular: PROMISES[i % PROMISES.length]!,
        ...(i % 3 === 0 ? { afterHours: { kind: 'next-business-day-by', time: '12:00' } as PromiseRule } : {}),
      },
    });
  }
  return profiles;
}

/**
 * 50 recipients as a compose window would give them: 30 matching 6 clients in New York, London
 * and Berlin (whose hours overlap in the afternoon UTC) in every form matching must handle —
 * plain, display-name, upper case, +tag, sub-domain — and 20 unknown addresses.
 */
export function makeRecipients(): string[] {
  // Profiles whose zone is America/New_York (i % 8 === 0), Europe/London (3) and Europe/Berlin (4).
  const clients = [0, 8, 3, 11, 4, 12];
  const matching: string[] = [];
  for (const [k, i] of clients.entries()) {
    matching.push(
      addressOf(i, k),
      `Jane Doe <${addressOf(i, (k + 1) % 7)}>`,
      addressOf(i, (k + 2) % 7).toUpperCase(),
      addressOf(i, (k + 3) % 7).replace('@', '+bench@'),
      `someone${k}@mail.${domainOf(i)}`, // sub-domain of a matched domain
    );
  }
  const unknown = Array.from({ length: 20 }, (_, k) => `stranger${k}@unknown${k}.example`);
  return [...matching, ...unknown];
}
