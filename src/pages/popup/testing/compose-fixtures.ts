/**
 * Test-only: real guard checks (the core's verdict and view, as the worker computes them) and
 * a scripted `TabLink`, so the popup's compose section is tested without a browser.
 */
import { guardView } from '../../../core/guard-view.ts';
import { DEFAULT_SETTINGS, profileRef, type ClientProfile, type Settings } from '../../../core/profile.ts';
import { profile } from '../../../core/testing/profile-fixture.ts';
import { verdict } from '../../../core/verdict.ts';
import type { GuardCheck } from '../../../core/guard-types.ts';
import type { ComposeAction, TabComposeState } from '../../../messaging/tab-protocol.ts';
import type { TabLink } from '../compose-source.ts';

export const acme = profile({
  id: 'acme',
  name: 'Acme Corp',
  color: '#123456',
  timeZone: 'America/New_York',
  match: ['acme.com'],
});
export const globex = profile({
  id: 'globex',
  name: 'Globex',
  color: '#654321',
  timeZone: 'Europe/London',
  match: ['globex.com'],
});

// Monday 23 November 2026: 20:10 in New York (after hours), 10:10 in New York (inside).
export const MONDAY_EVENING_NY = '2026-11-24T01:10:00.000Z';
export const MONDAY_MORNING_NY = '2026-11-23T15:10:00.000Z';

/** The worker's `guard/check` answer for `recipients` at `now` (user in Berlin, 24-hour clock). */
export function checkFor(
  recipients: string[],
  now: string,
  profiles: ClientProfile[] = [acme, globex],
  patch: Partial<Settings> = {},
): GuardCheck {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...patch };
  const at = new Date(now);
  const v = verdict(recipients, profiles, settings, at);
  return {
    verdict: v,
    view: guardView(v, profiles, settings, at, 'Europe/Berlin', () => 0),
    emergency: profiles.map((p) => ({ profile: profileRef(p), policy: p.emergency })),
    clock: settings.clock,
    delivery: 'provider',
  };
}

export function composeState(check: GuardCheck | null, recipients = ['jane@acme.com']): TabComposeState {
  return { kind: 'compose', compose: { id: 'compose-1', provider: 'gmail', recipients, subject: 'Re: launch', check } };
}

export interface ScriptedLink extends TabLink {
  acts: { tabId: number; composeId: string; action: ComposeAction }[];
  inserts: { tabId: number; composeId: string; kind: string; profileId: string | undefined }[];
  asked: number[];
}

/** A `TabLink` whose tab and answers are given; `act` answers with `actAnswer` (or throws it when it is an Error). */
export function scriptedLink(options: {
  tab?: { id: number; url: string | undefined } | null;
  state?: unknown;
  actAnswer?: unknown;
}): ScriptedLink {
  const link: ScriptedLink = {
    acts: [],
    inserts: [],
    asked: [],
    findTab: () =>
      Promise.resolve(
        options.tab === undefined ? { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox' } : options.tab,
      ),
    composeState: (tabId) => {
      link.asked.push(tabId);
      // The tab answers its state inside a `Result`, like its other answers.
      return options.state instanceof Error
        ? Promise.reject(options.state)
        : Promise.resolve({ ok: true, value: options.state });
    },
    act: (tabId, composeId, action) => {
      link.acts.push({ tabId, composeId, action });
      return options.actAnswer instanceof Error
        ? Promise.reject(options.actAnswer)
        : Promise.resolve(options.actAnswer);
    },
    insert: (tabId, composeId, kind, profileId) => {
      link.inserts.push({ tabId, composeId, kind, profileId });
      return options.actAnswer instanceof Error
        ? Promise.reject(options.actAnswer)
        : Promise.resolve(options.actAnswer);
    },
  };
  return link;
}
