import { describe, expect, it } from 'vitest';
import type { QueueEntry, QueueStatus } from '../../core/queue-types.ts';
import { upcomingReplies } from './scheduled.ts';

const NOW = '2026-11-24T01:10:00.000Z';

const entry = (id: string, dueAt: string, status: QueueStatus = 'handed-off'): QueueEntry => ({
  id,
  status,
  mode: 'provider',
  provider: 'gmail',
  profileIds: ['acme'],
  recipients: ['jane@acme.com'],
  subject: `Reply ${id}`,
  dueAt,
  createdAt: '2026-11-24T01:00:00.000Z',
});

describe('upcomingReplies', () => {
  it('lists handed-off replies still to come, soonest first, and counts the rest', () => {
    const entries = [
      entry('c', '2026-11-26T13:00:00.000Z'),
      entry('past', '2026-11-24T01:00:00.000Z'),
      entry('a', '2026-11-24T13:00:00.000Z'),
      entry('cancelled', '2026-11-24T12:00:00.000Z', 'cancelled'),
      entry('b', '2026-11-25T13:00:00.000Z'),
      entry('d', '2026-11-27T13:00:00.000Z'),
    ];
    const { shown, more } = upcomingReplies(entries, NOW, 3);
    expect(shown.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(more).toBe(1);
  });

  it('is empty when nothing is scheduled', () => {
    expect(upcomingReplies([], NOW)).toEqual({ shown: [], more: 0 });
  });
});
