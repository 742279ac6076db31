/**
 * The options page's queue (DESIGN §5, issue 4 point 5): which entries a filter shows and in
 * what order, what each state is called, and which actions an entry allows. Pure.
 */
import { PROVIDERS } from '../../../core/providers.ts';
import type { QueueEntry, QueueStatus } from '../../../core/queue-types.ts';

export type StateFilter = 'waiting' | 'attention' | 'done' | 'all';

export const STATE_FILTERS: readonly { value: StateFilter; label: string }[] = [
  { value: 'waiting', label: 'Waiting to go out' },
  { value: 'attention', label: 'Needing you' },
  { value: 'done', label: 'Sent or cancelled' },
  { value: 'all', label: 'All' },
];

/** `all` or a profile id. */
export type ClientFilter = string;

/** Rows shown at first and added by each "Show more": 10,000 entries must not be rendered at once. */
export const PAGE_SIZE = 50;

/** The local states the user may still change (the worker's CHANGEABLE). */
const CHANGEABLE: readonly QueueStatus[] = ['pending', 'failed', 'needs-attention'];

export function providerName(provider: QueueEntry['provider']): string {
  return PROVIDERS[provider].label;
}

/** Still waiting to go out, as the user sees it: a hand-off past its due time was sent by the provider. */
export function isWaiting(entry: QueueEntry, nowMs: number): boolean {
  if (entry.status === 'handed-off') return Date.parse(entry.dueAt) > nowMs;
  return (
    entry.status === 'pending' ||
    entry.status === 'sending' ||
    entry.status === 'failed' ||
    entry.status === 'needs-attention'
  );
}

function matchesState(entry: QueueEntry, state: StateFilter, nowMs: number): boolean {
  switch (state) {
    case 'all':
      return true;
    case 'waiting':
      return isWaiting(entry, nowMs);
    case 'attention':
      return entry.status === 'needs-attention' || entry.status === 'failed';
    case 'done':
      return !isWaiting(entry, nowMs);
  }
}

/**
 * The entries a filter shows: waiting ones soonest first; sent and cancelled ones most recent
 * first (what just happened is what the user looks for).
 */
export function filterEntries(
  entries: readonly QueueEntry[],
  client: ClientFilter,
  state: StateFilter,
  nowMs: number,
): QueueEntry[] {
  const shown = entries.filter(
    (e) => (client === 'all' || e.profileIds.includes(client)) && matchesState(e, state, nowMs),
  );
  const byDue = (a: QueueEntry, b: QueueEntry) =>
    a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : 1;
  return state === 'done' ? shown.sort((a, b) => byDue(b, a)) : shown.sort(byDue);
}

/** The state in words, as a row shows it. */
export function stateText(entry: QueueEntry, nowMs: number): string {
  switch (entry.status) {
    case 'handed-off':
      return Date.parse(entry.dueAt) > nowMs
        ? `Scheduled in ${providerName(entry.provider)}`
        : `Sent by ${providerName(entry.provider)}’s scheduler`;
    case 'pending':
      return entry.firstDueAt !== undefined ? 'Waiting in Red Cup (moved)' : 'Waiting in Red Cup';
    case 'sending':
      return 'Being sent now';
    case 'failed':
      return `Failed, will retry${entry.attempts !== undefined ? ` (attempt ${entry.attempts})` : ''}`;
    case 'needs-attention':
      return 'Needs you';
    case 'sent':
      return 'Sent';
    case 'cancelled':
      return 'Cancelled';
  }
}

export interface EntryActions {
  cancel: boolean;
  retime: boolean;
  sendNow: boolean;
  openInCompose: boolean;
  /** "It went out": a reply waiting for the user after an unconfirmed delivery can be settled as sent. */
  settleSent: boolean;
  /** The provider's Scheduled folder, where a hand-off can be seen and changed. */
  scheduledFolder: string | null;
}

/** Gmail's Scheduled folder of the account (`…/mail/u/1/#scheduled`); Outlook keeps scheduled messages in Drafts. */
export function scheduledFolderUrl(entry: Pick<QueueEntry, 'provider' | 'account'>): string {
  if (entry.provider === 'gmail')
    return `${(entry.account ?? 'https://mail.google.com/mail/u/0/').replace(/\/?$/, '/')}#scheduled`;
  return `${(entry.account ?? 'https://outlook.office.com/mail/').replace(/\/?$/, '/')}drafts`;
}

export function actionsFor(entry: QueueEntry, nowMs: number): EntryActions {
  if (entry.mode === 'provider') {
    const ahead = entry.status === 'handed-off' && Date.parse(entry.dueAt) > nowMs;
    return {
      cancel: ahead,
      retime: false,
      sendNow: false,
      openInCompose: false,
      settleSent: false,
      scheduledFolder: ahead ? scheduledFolderUrl(entry) : null,
    };
  }
  const changeable = CHANGEABLE.includes(entry.status);
  // Without its body (deleted after 14 days waiting) a reply can only be settled or cancelled.
  const withBody = changeable && entry.reply !== undefined;
  const settleSent = entry.status === 'needs-attention';
  return {
    cancel: changeable,
    retime: withBody,
    sendNow: withBody,
    openInCompose: withBody,
    settleSent,
    scheduledFolder: null,
  };
}
