import { describe, expect, it } from 'vitest';
import { checkSender, type SenderInfo } from './sender-check.ts';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };

type Case = [label: string, sender: SenderInfo, expected: 'page' | 'content' | 'refused'];

const cases: Case[] = [
  [
    'our options page',
    { id: 'ourid', url: 'chrome-extension://ourid/src/pages/options/index.html#onboarding' },
    'page',
  ],
  [
    'our popup',
    { id: 'ourid', url: 'chrome-extension://ourid/src/pages/popup/index.html', origin: 'chrome-extension://ourid' },
    'page',
  ],
  [
    'our page in Firefox (uuid origin)',
    { id: 'ourid', url: 'moz-extension://1234-abcd/src/pages/options/index.html' },
    'refused',
  ],
  [
    'content script on Gmail',
    {
      id: 'ourid',
      url: 'https://mail.google.com/mail/u/0/#inbox',
      tab: { url: 'https://mail.google.com/mail/u/0/#inbox' },
    },
    'content',
  ],
  ['content script on outlook.office.com', { id: 'ourid', url: 'https://outlook.office.com/mail/' }, 'content'],
  [
    'content script on outlook.office365.com',
    { id: 'ourid', url: 'https://outlook.office365.com/mail/inbox' },
    'content',
  ],
  ['content script on outlook.live.com', { id: 'ourid', url: 'https://outlook.live.com/mail/0/' }, 'content'],
  [
    'about:blank frame of a Gmail tab (Chrome: origin)',
    {
      id: 'ourid',
      url: 'about:blank',
      origin: 'https://mail.google.com',
      tab: { url: 'https://mail.google.com/mail/u/0/' },
    },
    'content',
  ],
  [
    'about:blank frame of an Outlook tab (Firefox: no origin, tab url)',
    { id: 'ourid', url: 'about:blank', tab: { url: 'https://outlook.live.com/mail/0/' } },
    'content',
  ],
  [
    'about:srcdoc frame with an opaque origin in a Gmail tab',
    { id: 'ourid', url: 'about:srcdoc', origin: 'null', tab: { url: 'https://mail.google.com/' } },
    'content',
  ],
  [
    'about:blank frame in a tab that is not a mail page',
    { id: 'ourid', url: 'about:blank', tab: { url: 'https://example.com/' } },
    'refused',
  ],
  [
    'about:blank frame whose origin is not a mail host',
    { id: 'ourid', url: 'about:blank', origin: 'https://example.com', tab: { url: 'https://mail.google.com/' } },
    'refused',
  ],
  ['another extension', { id: 'otherid', url: 'chrome-extension://otherid/page.html' }, 'refused'],
  ['another extension pretending to be on Gmail', { id: 'otherid', url: 'https://mail.google.com/' }, 'refused'],
  ['a web page', { url: 'https://example.com/', origin: 'https://example.com' }, 'refused'],
  ['our id on a web page that is not a mail host', { id: 'ourid', url: 'https://example.com/' }, 'refused'],
  ['a look-alike host', { id: 'ourid', url: 'https://mail.google.com.evil.example/' }, 'refused'],
  ['plain http Gmail', { id: 'ourid', url: 'http://mail.google.com/' }, 'refused'],
  ['a prefix of our origin', { id: 'ourid', url: 'chrome-extension://ouridX/page.html' }, 'refused'],
  ['missing id', { url: 'chrome-extension://ourid/src/pages/popup/index.html' }, 'refused'],
  ['empty id', { id: '', url: 'chrome-extension://ourid/src/pages/popup/index.html' }, 'refused'],
  ['our id but no url at all', { id: 'ourid' }, 'refused'],
  ['an unparseable url', { id: 'ourid', url: 'not a url' }, 'refused'],
];

describe('checkSender', () => {
  it.each(cases)('%s', (_label, sender, expected) => {
    const result = checkSender(sender, self);
    if (expected === 'refused') expect(result.ok).toBe(false);
    else expect(result).toMatchObject({ ok: true, kind: expected });
  });

  it.each<[label: string, sender: SenderInfo, origins: string[]]>([
    [
      'a page speaks from no mail origin',
      { id: 'ourid', url: 'chrome-extension://ourid/src/pages/popup/index.html' },
      [],
    ],
    [
      'a Gmail frame in a Gmail tab',
      {
        id: 'ourid',
        url: 'https://mail.google.com/mail/u/1/#inbox',
        tab: { url: 'https://mail.google.com/mail/u/1/#inbox' },
      },
      ['https://mail.google.com'],
    ],
    [
      'a Gmail frame without a tab url (Firefox without it)',
      { id: 'ourid', url: 'https://mail.google.com/mail/u/0/' },
      ['https://mail.google.com'],
    ],
    [
      'an about:blank pop-out whose tab is about:blank too',
      { id: 'ourid', url: 'about:blank', origin: 'https://outlook.live.com', tab: { url: 'about:blank' } },
      ['https://outlook.live.com'],
    ],
    [
      'an Outlook frame inside a Gmail tab: both are named',
      { id: 'ourid', url: 'https://outlook.office.com/mail/', tab: { url: 'https://mail.google.com/mail/u/0/' } },
      ['https://outlook.office.com', 'https://mail.google.com'],
    ],
    [
      'a Gmail frame inside a tab of another site',
      { id: 'ourid', url: 'https://mail.google.com/mail/u/0/', tab: { url: 'https://evil.example/' } },
      ['https://mail.google.com', 'https://evil.example'],
    ],
  ])('names the origins it speaks from: %s', (_label, sender, origins) => {
    expect(checkSender(sender, self)).toEqual({ ok: true, kind: origins.length === 0 ? 'page' : 'content', origins });
  });

  it('accepts our Firefox pages by their moz-extension origin', () => {
    const firefox = { id: 'red-cup@red-cup.app', origin: 'moz-extension://1234-abcd' };
    expect(
      checkSender({ id: firefox.id, url: 'moz-extension://1234-abcd/src/pages/popup/index.html' }, firefox),
    ).toEqual({ ok: true, kind: 'page', origins: [] });
  });

  it('says who was refused', () => {
    const result = checkSender({ id: 'otherid' }, self);
    expect(result).toEqual({ ok: false, reason: 'the request came from another extension (otherid)' });
  });
});
