import { describe, expect, it } from 'vitest';
import { accountProblem, providerOfOrigin, senderProblem, threadUrlProblem } from './mail-accounts.ts';

describe('mail accounts', () => {
  it.each([
    ['https://mail.google.com', 'gmail'],
    ['https://outlook.office.com', 'outlook'],
    ['https://outlook.office365.com', 'outlook'],
    ['https://outlook.live.com', 'outlook'],
    ['http://mail.google.com', null],
    ['https://mail.google.com:444', null],
    ['https://mail.google.com.evil.example', null],
    ['https://google.com', null],
    ['null', null],
  ])('the origin %s belongs to %s', (origin, provider) => {
    expect(providerOfOrigin(origin)).toBe(provider);
  });

  it.each<[provider: 'gmail' | 'outlook', account: string, ok: boolean]>([
    ['gmail', 'https://mail.google.com/mail/u/0/', true],
    ['gmail', 'https://mail.google.com/mail/u/12/', true],
    ['gmail', 'https://mail.google.com/mail/u/0', false],
    ['gmail', 'https://mail.google.com/mail/', false],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox', false],
    ['gmail', 'https://mail.google.com/mail/u/x/', false],
    ['gmail', 'https://MAIL.google.com/mail/u/0/', false],
    ['gmail', 'https://outlook.office.com/mail/', false],
    ['outlook', 'https://outlook.office.com/mail/', true],
    ['outlook', 'https://outlook.office365.com/mail/', true],
    ['outlook', 'https://outlook.live.com/mail/', true],
    ['outlook', 'https://outlook.live.com/mail/0/', false],
    ['outlook', 'https://outlook.evil.example/mail/', false],
    ['outlook', 'https://mail.google.com/mail/u/0/', false],
  ])('%s account %s is accepted: %s', (provider, account, ok) => {
    expect(accountProblem(provider, account) === null).toBe(ok);
  });

  it.each([
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', true],
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/0/', true],
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/1/#inbox/FMfcgz', false],
    ['https://mail.google.com/mail/u/0/', 'https://evil.example/#https://mail.google.com/mail/u/0/', false],
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/0/../../../evil', false],
    ['https://outlook.office.com/mail/', 'https://outlook.office.com/mail/', true],
    ['https://outlook.office.com/mail/', 'https://outlook.office.com/mail/inbox/id/AAQk', true],
    ['https://outlook.office.com/mail/', 'https://outlook.office.com/mail/ x', false],
    ['https://outlook.office.com/mail/', 'https://outlook.office.com/mail/a/../../evil', false],
  ])('in account %s the conversation %s is accepted: %s', (account, url, ok) => {
    expect(threadUrlProblem(account, url) === null).toBe(ok);
  });

  it('a content script speaks for a provider only when every origin it has is that provider’s', () => {
    expect(senderProblem('gmail', ['https://mail.google.com'])).toBeNull();
    expect(senderProblem('outlook', ['https://outlook.office.com', 'https://outlook.live.com'])).toBeNull();
    expect(senderProblem('gmail', ['https://outlook.office.com'])).toBe(
      'a Gmail reply can only come from a Gmail page, and this one came from https://outlook.office.com',
    );
    expect(senderProblem('gmail', ['https://mail.google.com', 'https://evil.example'])).toMatch(
      /came from https:\/\/evil\.example$/,
    );
    expect(senderProblem('outlook', [])).toMatch(/came from an unknown page$/);
  });
});
