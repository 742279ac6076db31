import { describe, expect, it } from 'vitest';
import { buildMatcher, normalizeMatchEntry, normalizeRecipient } from './matching.ts';
import { profile } from './testing/profile-fixture.ts';

describe('normalizeRecipient', () => {
  it.each([
    ['jane@acme.com', 'jane@acme.com'],
    ['Jane@ACME.com', 'jane@acme.com'],
    ['jane+invoices@acme.com', 'jane@acme.com'],
    ['Jane Doe <jane@acme.com>', 'jane@acme.com'],
    ['"Doe, Jane" <Jane+x@Acme.COM>', 'jane@acme.com'],
    ['<jane@acme.com>', 'jane@acme.com'],
    ['  mailto:jane@acme.com ', 'jane@acme.com'],
    ['jane@eu.acme.com.', 'jane@eu.acme.com'],
  ])('%j → %s', (text, expected) => expect(normalizeRecipient(text)).toBe(expected));

  it.each(['', 'jane', 'jane@', '@acme.com', 'jane@acme', 'Jane Doe', 'ja ne@acme.com', 'jane@acme..com'])(
    '%j is not an address',
    (text) => expect(normalizeRecipient(text)).toBeNull(),
  );
});

describe('normalizeMatchEntry', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['ACME.com', 'acme.com'],
    ['@acme.com', 'acme.com'],
    ['*.acme.com', 'acme.com'],
    ['Jane+x@Acme.com', 'jane@acme.com'],
    [' eu.acme.co.uk ', 'eu.acme.co.uk'],
  ])('%j → %s', (entry, expected) => expect(normalizeMatchEntry(entry)).toBe(expected));

  it.each(['acme', 'jane@', 'acme .com', 'http://acme.com', '-acme.com', '1.2.3.4'])('%j is neither', (entry) =>
    expect(normalizeMatchEntry(entry)).toBeNull(),
  );
});

describe('buildMatcher', () => {
  const acme = profile({ id: 'acme', timeZone: 'America/New_York', match: ['acme.com', 'press@acme-group.com'] });
  const acmeEu = profile({ id: 'acme-eu', timeZone: 'Europe/Berlin', match: ['eu.acme.com', 'Boss@ACME.com'] });
  const matcher = buildMatcher([acme, acmeEu]);

  it.each([
    ['jane@acme.com', 'acme'],
    ['Jane Doe <JANE+news@acme.com>', 'acme'],
    ['jane@mail.acme.com', 'acme'], // sub-domain of a claimed domain
    ['jane@eu.acme.com', 'acme-eu'], // the longest domain wins
    ['jane@sales.eu.acme.com', 'acme-eu'],
    ['boss@acme.com', 'acme-eu'], // an exact address beats a domain
    ['press+pr@acme-group.com', 'acme'],
    ['someone@acme-group.com', null], // only that address of acme-group.com is claimed
    ['jane@notacme.com', null],
    ['jane@acme.com.evil.example', null],
    ['half-typed jan', null],
  ])('%j → %s', (recipient, expected) => expect(matcher.match(recipient)).toBe(expected));
});
