/**
 * Client profiles for the compose-guard tests, built around the real clock (never faked): a
 * client whose hours contain now, or whose hours ended an hour ago. The zone is chosen so that
 * it is around midday there, so no window crosses midnight whenever the tests run.
 */
import { DateTime } from 'luxon';
import type { ClientProfile, WeeklyHours } from '../../src/core/profile.ts';
import { boundaryAt } from './boundary.ts';
import { callWorker, type Page } from './extension.ts';

/** Real zones one or two hours apart around the globe. */
const ZONES = [
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Atlantic/South_Georgia',
  'Atlantic/Azores',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Athens',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Brisbane',
  'Pacific/Noumea',
  'Pacific/Fiji',
  'Pacific/Tongatapu',
  'Pacific/Kiritimati',
];

/** The zone where it is closest to 12:00 now. */
export function middayZone(now = new Date()): string {
  const distance = (zone: string) => {
    const t = DateTime.fromJSDate(now).setZone(zone);
    return Math.abs(t.hour * 60 + t.minute - 12 * 60);
  };
  return [...ZONES].sort((a, b) => distance(a) - distance(b))[0]!;
}

/**
 * The same window every day. A window that runs past midnight (a client given its own zone,
 * such as Sydney, at the wrong hour of the UTC day) is marked "ends next day", the way the
 * editor stores it; without that, saving it is refused and the test fails by the clock.
 */
function everyDay(start: string, end: string): WeeklyHours {
  const w = [end < start ? { start, end, overnight: true } : { start, end }];
  return { mon: w, tue: w, wed: w, thu: w, fri: w, sat: w, sun: w };
}

export interface ClientSpec {
  id: string;
  name: string;
  match: string[];
  /** `inside`: hours from an hour ago to two hours ahead; `outside`: hours that ended an hour ago. */
  state: 'inside' | 'outside';
  zone?: string;
  situations?: string[];
  keywords?: string[];
}

export function clientProfile(spec: ClientSpec, now = new Date()): ClientProfile {
  const zone = spec.zone ?? middayZone(now);
  const local = DateTime.fromJSDate(now).setZone(zone).startOf('minute');
  const [from, to] =
    spec.state === 'inside'
      ? [local.minus({ hours: 1 }), local.plus({ hours: 2 })]
      : [local.minus({ hours: 3 }), local.minus({ hours: 1 })];
  return {
    id: spec.id,
    name: spec.name,
    color: '#1d6fd1',
    match: spec.match,
    timeZone: zone,
    hours: everyDay(from.toFormat('HH:mm'), to.toFormat('HH:mm')),
    timeOff: [],
    promise: { regular: { kind: 'within-hours', hours: 48 } },
    emergency: {
      situations: spec.situations ?? ['The website is down'],
      keywords: spec.keywords ?? ['outage'],
      channel: 'Call 555-0100',
    },
    sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
    notes: '',
  };
}

/** When an outside client's next window opens, worked out independently of src/core. */
export function nextWindowOf(profile: ClientProfile, now = new Date()): Date {
  const b = boundaryAt(profile.hours, profile.timeZone, now);
  if (b.inside || b.opensAt === null) throw new Error(`${profile.name} is not outside its hours`);
  return b.opensAt.toJSDate();
}

/**
 * Stores profiles through the worker, from an extension page (popup or options). A profile
 * already stored is saved as an edit of its stored revision, the way the editor saves it
 * (a save from an older revision is refused: issue 13 C14).
 */
export async function saveClients(page: Page, profiles: ClientProfile[]): Promise<void> {
  const listing = await callWorker(page, 'profiles/list');
  const stored = new Map(listing.ok ? listing.value.profiles.map((p) => [p.id, p.revision]) : []);
  for (const profile of profiles) {
    const revision = stored.get(profile.id);
    const answer = await callWorker(page, 'profiles/save', revision === undefined ? profile : { ...profile, revision });
    if (!answer.ok) throw new Error(`saving ${profile.name} failed: ${answer.error.message}`);
  }
}
