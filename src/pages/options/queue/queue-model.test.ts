import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../../core/queue-types.ts';
import { actionsFor, filterEntries, scheduledFolderUrl, stateText } from './queue-model.ts';

const NOW = Date.parse('2026-11-24T12:00:00.000Z');
const reply = { to: ['jane@acme.com'], cc: [], bcc: [], html: '', thread: null };

const entry = (id: string, fields: Partial<QueueEntry>): QueueEntry => ({
  id,
  status: 'pending',
  mode: 'local',
  provider: 'gmail',
  profileIds: ['acme'],
  recipients: ['jane@acme.com'],
  subject: id,
  dueAt: '2026-11-25T09:00:00.000Z',
  createdAt: '2026-11-24T08:00:00.000Z',
  account: 'https://mail.google.com/mail/u/1/',
  reply,
  ...fields,
});

const entries = [
  entry('later', { dueAt: '2026-11-26T09:00:00.000Z' }),
  entry('soon', { dueAt: '2026-11-24T13:00:00.000Z', profileIds: ['acme', 'globex'] }),
  entry('held', { status: 'needs-attention', dueAt: '2026-11-20T09:00:00.000Z', profileIds: ['globex'] }),
  entry('retrying', { status: 'failed', attempts: 2 }),
  entry('gmail-ahead', {
    status: 'handed-off',
    mode: 'provider',
    reply: undefined,
    account: undefined,
    dueAt: '2026-11-24T15:00:00.000Z',
  }),
  entry('gmail-done', {
    status: 'handed-off',
    mode: 'provider',
    reply: undefined,
    account: undefined,
    dueAt: '2026-11-23T15:00:00.000Z',
  }),
  entry('sent-old', { status: 'sent', reply: undefined, dueAt: '2026-11-21T09:00:00.000Z' }),
  entry('sent-new', { status: 'sent', reply: undefined, dueAt: '2026-11-23T09:00:00.000Z' }),
  entry('dropped', {
    status: 'cancelled',
    reply: undefined,
    dueAt: '2026-11-22T09:00:00.000Z',
    profileIds: ['globex'],
  }),
];
const ids = (list: QueueEntry[]) => list.map((e) => e.id);

describe('filterEntries', () => {
  it.each([
    [
      'waiting, every client: soonest first, a hand-off past its time is not waiting',
      'all',
      'waiting',
      ['held', 'soon', 'gmail-ahead', 'retrying', 'later'],
    ],
    ['needing the user', 'all', 'attention', ['held', 'retrying']],
    ['done: most recent first', 'all', 'done', ['gmail-done', 'sent-new', 'dropped', 'sent-old']],
    ['one client, an entry for two clients included', 'globex', 'waiting', ['held', 'soon']],
    ['one client, everything', 'globex', 'all', ['held', 'dropped', 'soon']],
  ] as const)('%s', (_label, client, state, expected) => {
    expect(ids(filterEntries(entries, client, state, NOW))).toEqual(expected);
  });
});

describe('actions and words', () => {
  it('lets the user change a local reply that has not gone out, nothing else', () => {
    expect(actionsFor(entries[0]!, NOW)).toEqual({
      cancel: true,
      retime: true,
      sendNow: true,
      openInCompose: true,
      settleSent: false,
      scheduledFolder: null,
    });
    expect(actionsFor(entry('x', { status: 'sending' }), NOW)).toEqual({
      cancel: false,
      retime: false,
      sendNow: false,
      openInCompose: false,
      settleSent: false,
      scheduledFolder: null,
    });
    expect(actionsFor(entries[6]!, NOW).cancel).toBe(false);
  });

  it('offers a hand-off still ahead to cancel, with its provider’s Scheduled folder', () => {
    expect(actionsFor(entries[4]!, NOW)).toEqual({
      cancel: true,
      retime: false,
      sendNow: false,
      openInCompose: false,
      settleSent: false,
      scheduledFolder: 'https://mail.google.com/mail/u/0/#scheduled',
    });
    expect(actionsFor(entries[5]!, NOW).cancel).toBe(false);
  });

  it('a reply that needs you can be settled: sent, again, or opened; without its body only settled or cancelled (issue 13 A4)', () => {
    const held = entry('held', { status: 'needs-attention', reply });
    expect(actionsFor(held, NOW)).toEqual({
      cancel: true,
      retime: true,
      sendNow: true,
      openInCompose: true,
      settleSent: true,
      scheduledFolder: null,
    });
    const { reply: _gone, ...withoutBody } = held;
    expect(actionsFor(withoutBody, NOW)).toEqual({
      cancel: true,
      retime: false,
      sendNow: false,
      openInCompose: false,
      settleSent: true,
      scheduledFolder: null,
    });
  });

  it('links the account’s own Scheduled folder; Outlook keeps them in Drafts', () => {
    expect(scheduledFolderUrl({ provider: 'gmail', account: 'https://mail.google.com/mail/u/1/' })).toBe(
      'https://mail.google.com/mail/u/1/#scheduled',
    );
    expect(scheduledFolderUrl({ provider: 'outlook', account: 'https://outlook.office.com/mail/' })).toBe(
      'https://outlook.office.com/mail/drafts',
    );
  });

  it.each([
    ['later', 'Waiting in Red Cup'],
    ['retrying', 'Failed, will retry (attempt 2)'],
    ['held', 'Needs you'],
    ['gmail-ahead', 'Scheduled in Gmail'],
    ['gmail-done', 'Sent by Gmail’s scheduler'],
    ['dropped', 'Cancelled'],
  ])('%s reads “%s”', (id, text) => {
    expect(
      stateText(
        entries.find((e) => e.id === id)!,
        NOW,
      ),
    ).toBe(text);
  });
});
