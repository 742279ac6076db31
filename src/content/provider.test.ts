import { describe, expect, it } from 'vitest';
import { providerForHost } from './provider.ts';

describe('providerForHost', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['MAIL.GOOGLE.COM', 'gmail'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
    ['google.com', null],
    ['evil-mail.google.com.example', null],
    ['', null],
  ])('%s → %s', (host, expected) => {
    expect(providerForHost(host)).toBe(expected);
  });
});
