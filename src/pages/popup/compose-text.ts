/**
 * The popup's "This compose" section in words, for each state of the mail tab: the same
 * verdict, rules, next window and promise as the in-page guard (the worker's `GuardView`), and
 * which of the guard's actions the popup offers.
 */
import type { ProfileRef } from '../../core/profile.ts';
import type { ComposeSource } from './compose-source.ts';

export const UNSUPPORTED = 'This layout is not supported yet';

export interface ComposeSectionText {
  tone: 'inside' | 'outside' | 'unguarded' | 'info';
  /** The state in one line: the guard's pill, or what the popup can say about the tab. */
  headline: string;
  /** Sentences under it. */
  details: string[];
  /** The clients the recipients belong to (empty when none matched or not known yet). */
  clients: ProfileRef[];
  /** One sentence per boundary sending now breaks. */
  rules: string[];
  /** When "Send …" would send: in each client's zone, then in the user's. */
  next: string[];
  promise: string | null;
  promiseKept: boolean;
  /** The clients whose expectation is shifting, said before another exception (the worker's drift text). */
  drift: string[];
  /** The compose the actions act on; null when there is none. */
  composeId: string | null;
  /** The "Send <next window>" label; null when there is nothing to schedule. */
  sendAt: string | null;
  /** Whether "It's an emergency…" is offered (only outside the boundary). */
  triage: boolean;
}

const info = (headline: string, ...details: string[]): ComposeSectionText => ({
  tone: 'info',
  headline,
  details,
  clients: [],
  rules: [],
  next: [],
  promise: null,
  promiseKept: true,
  drift: [],
  composeId: null,
  sendAt: null,
  triage: false,
});

/** Null for a tab that is not a mail tab: the popup shows no compose section then. */
export function composeSectionText(source: ComposeSource): ComposeSectionText | null {
  switch (source.kind) {
    case 'not-mail':
      return null;
    case 'unreachable':
      return info(
        'Reload this tab so Red Cup can watch it.',
        'Red Cup started after this tab was opened, so it is not watching it yet.',
      );
    case 'state':
      break;
  }
  const state = source.state;
  switch (state.kind) {
    case 'unsupported':
      return info(UNSUPPORTED, 'Red Cup is not blocking anything on this page.');
    case 'no-compose':
      return info(
        'No compose window is open in this tab.',
        'Start writing a reply and Red Cup checks its recipients as you type.',
      );
    case 'compose':
      break;
  }
  const { compose } = state;
  const check = compose.check;
  if (check === null) {
    return {
      ...info('Red Cup has not checked this compose yet.', 'Sending is never blocked while there is no verdict.'),
      composeId: compose.id,
    };
  }
  const { verdict, view } = check;
  const base = { ...info(view.pill), composeId: compose.id, tone: view.tone };
  switch (verdict.kind) {
    case 'inside':
      return { ...base, clients: verdict.profiles, details: ['Sending now keeps the boundary: nothing to do.'] };
    case 'unguarded':
      return { ...base, details: [UNGUARDED[verdict.why]] };
    case 'outside':
      return {
        ...base,
        clients: verdict.profiles,
        rules: view.rules,
        next: view.next === null ? [] : [...view.next.inClientZones, view.next.inUserZone],
        promise: view.promise,
        promiseKept: view.promiseKept,
        drift: (check.drift ?? []).map((d) => d.text),
        sendAt: view.next?.button ?? null,
        triage: true,
      };
  }
}

const UNGUARDED = {
  paused: 'Nothing is guarded until then: every Send goes through.',
  'no-profile-matches': 'None of the recipients is one of your clients.',
  'no-recipients': 'Add a recipient and Red Cup checks their boundary.',
} as const;
