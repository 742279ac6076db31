// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileRef } from '../../core/profile.ts';
import type { QueueEntry } from '../../core/queue-types.ts';
import type { QueueSummary } from '../../messaging/protocol.ts';
import { ScheduledReplies } from './ScheduledReplies.tsx';
import { alertText, mount, section, text } from './testing/dom.ts';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

// Tuesday 24 November 2026, 02:10 in Berlin.
const NOW = '2026-11-24T01:10:00.000Z';
const acme: ProfileRef = { id: 'acme', name: 'Acme Corp', color: '#123456', timeZone: 'America/New_York' };

const entry = (fields: Partial<QueueEntry>): QueueEntry => ({
  id: 'q1',
  status: 'handed-off',
  mode: 'provider',
  provider: 'gmail',
  profileIds: ['acme'],
  recipients: ['jane@acme.com'],
  subject: 'Re: launch',
  dueAt: '2026-11-24T13:00:00.000Z',
  createdAt: '2026-11-24T01:00:00.000Z',
  ...fields,
});

function show(summary: QueueSummary | null, error: { message: string } | null = null, openQueue = () => {}) {
  const { root, unmount } = mount(
    <ScheduledReplies
      summary={summary}
      error={error}
      profiles={[acme]}
      zone="Europe/Berlin"
      clock="24h"
      now={NOW}
      openQueue={openQueue}
    />,
  );
  mounted.push(unmount);
  return section(root, 'Scheduled replies');
}

const summaryOf = (next: QueueEntry[], fields: Partial<QueueSummary> = {}): QueueSummary => ({
  next,
  perProfile: [{ profileId: 'acme', waiting: next.length }],
  waiting: next.length,
  attention: 0,
  ...fields,
});

describe('ScheduledReplies', () => {
  it('lists each reply: when in the user’s zone, to whom, the subject, who holds it and the client', () => {
    const region = show(
      summaryOf([
        entry({}),
        entry({
          id: 'later',
          mode: 'local',
          status: 'pending',
          dueAt: '2026-11-25T13:00:00.000Z',
          recipients: ['bob@acme.com', 'amy@acme.com'],
          subject: 'Numbers',
        }),
      ]),
    );
    const items = [...region.querySelectorAll('ul[aria-label="Scheduled replies"] > li')].map(text);
    expect(items).toEqual([
      '14:00 GMT+1 To jane@acme.com Re: launch with Gmail’s scheduler Acme Corp',
      'Wed 14:00 GMT+1 To bob@acme.com, amy@acme.com Numbers Red Cup sends it Acme Corp',
    ]);
  });

  it('counts what waits beyond the five shown, per client, and says when replies need the user', () => {
    const region = show(
      summaryOf([entry({ status: 'needs-attention', mode: 'local' })], {
        waiting: 12,
        attention: 2,
        perProfile: [
          { profileId: 'acme', waiting: 9 },
          { profileId: 'gone', waiting: 3 },
        ],
      }),
    );
    expect(text(region)).toContain('and 11 more');
    expect([...region.querySelectorAll('ul[aria-label="Waiting per client"] > li')].map(text)).toEqual([
      'Acme Corp: 9',
      'A deleted client: 3',
    ]);
    expect(text(region)).toContain('2 replies need you: Red Cup could not send them on its own.');
    expect(text(region)).toContain('needs you');
  });

  it('opens the queue in the options page', () => {
    const openQueue = vi.fn();
    const region = show(summaryOf([entry({})]), null, openQueue);
    const button = [...region.querySelectorAll('button')].find((b) => text(b) === 'Manage scheduled replies');
    button?.click();
    expect(openQueue).toHaveBeenCalledTimes(1);
  });

  it('shows a subject as text, never as markup', () => {
    const region = show(summaryOf([entry({ subject: '<img src=x onerror=alert(1)> hi' })]));
    expect(region.querySelector('img')).toBeNull();
    expect(text(region)).toContain('<img src=x onerror=alert(1)> hi');
  });

  it('says when nothing is scheduled, and offers no queue to manage', () => {
    const region = show(summaryOf([], { perProfile: [] }));
    expect(text(region)).toContain('No replies are scheduled.');
    expect(region.querySelector('button')).toBeNull();
  });

  it('shows the worker’s error', () => {
    const region = show(null, { message: 'Red Cup’s background worker did not answer (no handler).' });
    expect(alertText(region)).toContain('Your scheduled replies could not be loaded.');
    expect(alertText(region)).toContain('did not answer (no handler).');
    expect(text(region)).not.toContain('No replies are scheduled.');
  });
});
