// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileRef } from '../../core/profile.ts';
import type { QueueEntry } from '../../core/queue-types.ts';
import type { QueueListing } from '../../messaging/protocol.ts';
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

function show(queue: QueueListing, error: { message: string } | null = null) {
  const { root, unmount } = mount(
    <ScheduledReplies queue={queue} error={error} profiles={[acme]} zone="Europe/Berlin" clock="24h" now={NOW} />,
  );
  mounted.push(unmount);
  return section(root, 'Scheduled replies');
}

describe('ScheduledReplies', () => {
  it('lists each reply: when in the user’s zone, to whom, the subject and the client', () => {
    const region = show({
      entries: [
        entry({ id: 'later', dueAt: '2026-11-25T13:00:00.000Z', recipients: ['bob@acme.com', 'amy@acme.com'], subject: 'Numbers' }),
        entry({}),
      ],
      invalid: [],
    });
    const items = [...region.querySelectorAll('ul[aria-label="Scheduled replies"] > li')].map(text);
    expect(items).toEqual([
      '14:00 GMT+1 To jane@acme.com Re: launch Acme Corp',
      'Wed 14:00 GMT+1 To bob@acme.com, amy@acme.com Numbers Acme Corp',
    ]);
  });

  it('shows a subject as text, never as markup', () => {
    const region = show({ entries: [entry({ subject: '<img src=x onerror=alert(1)> hi' })], invalid: [] });
    expect(region.querySelector('img')).toBeNull();
    expect(text(region)).toContain('<img src=x onerror=alert(1)> hi');
  });

  it('says when nothing is scheduled, and counts stored replies it could not read', () => {
    const region = show({ entries: [], invalid: [{ store: 'queue', key: 'q9', problems: [] }] });
    expect(text(region)).toContain('No replies are scheduled.');
    expect(text(region)).toContain('1 stored scheduled reply could not be read.');
  });

  it('shows the worker’s error', () => {
    const region = show({ entries: [], invalid: [] }, { message: 'Red Cup’s background worker did not answer (no handler).' });
    expect(alertText(region)).toContain('Your scheduled replies could not be loaded.');
    expect(alertText(region)).toContain('did not answer (no handler).');
    expect(text(region)).not.toContain('No replies are scheduled.');
  });
});
