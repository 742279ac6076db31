import { describe, expect, it } from 'vitest';
import { MAX_REASON_LENGTH, storedReason } from './queue-reason.ts';

const entry = {
  subject: 'Re: Q3 launch plan',
  recipients: ['jane@acme.com', 'bob@acme.com'],
  reply: { to: ['Jane Doe <jane@acme.com>'], cc: ['bob@acme.com'], bcc: [] },
};

describe('storedReason: short, and free of addresses, names and the subject', () => {
  it.each([
    ['a reason without mail text stays as it is', 'the Send button was not found', 'the Send button was not found'],
    ['an address becomes words', 'the To field did not take jane@acme.com', 'the To field did not take an address'],
    ['a display name of a recipient goes too', 'Jane Doe could not be added', 'a recipient could not be added'],
    ['the subject goes', 'no message "Re: Q3 launch plan" in Sent', 'no message "the subject" in Sent'],
    [
      'a quoted list says "several addresses" once',
      'the To field holds a@x.com, b@x.com, c@x.com instead of nobody',
      'the To field holds several addresses instead of nobody',
    ],
    ['an empty reason says so', '   ', 'no reason was given'],
  ])('%s', (_name, reason, expected) => {
    expect(storedReason(reason, entry)).toBe(expected);
  });

  it('a reason quoting the lists of a reply to 45 people is at most 300 characters, without one address', () => {
    const list = Array.from(
      { length: 45 },
      (_, i) => `Person Number${i} <person.number${i}@client-with-a-long-domain.example.com>`,
    );
    const reason = `the To field holds ${list.join(', ')} instead of ${list.slice(1).join(', ')}`;
    const stored = storedReason(reason, { ...entry, reply: { to: list, cc: [], bcc: [] } });
    expect(stored.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
    expect(stored).not.toMatch(/@|Number\d/);
    expect(stored.startsWith('the To field holds')).toBe(true);
  });
});
