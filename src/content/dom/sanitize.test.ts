// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { forbiddenHtml } from '../../core/html-allow-list.ts';
import { sanitizedOrProblem, sanitizeReplyHtml } from './sanitize.ts';

/** Hostile bodies, and what must be left of each. */
const CASES: [label: string, html: string, kept: string][] = [
  ['an img with onerror', '<p>Hi</p><img src="x" onerror="alert(1)">', '<p>Hi</p><img src="x">'],
  ['a javascript: link', '<a href="javascript:alert(1)">Open</a>', '<a>Open</a>'],
  [
    'a JavaScript: link in mixed case behind references',
    '<a href="&#74;aVaScRiPt&colon;alert(1)">Open</a>',
    '<a>Open</a>',
  ],
  ['svg with a script', '<p>a</p><svg><script>alert(1)</script></svg>', '<p>a</p>'],
  ['an iframe with srcdoc', '<p>a</p><iframe srcdoc="<script>alert(1)</script>"></iframe>', '<p>a</p>'],
  ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
  [
    'a form with a button (their text stays)',
    '<form action="https://evil.example/"><p>Confirm</p><button>Go</button></form>',
    '<p>Confirm</p>Go',
  ],
  ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf"><p>ok</p>', '<p>ok</p>'],
  [
    'a style attribute with url(javascript:)',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<div>x</div>',
  ],
  ['a style element', '<style>p{color:red}</style><p>x</p>', '<p>x</p>'],
  ['an svg picture as data:', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="a">', '<img alt="a">'],
  ['a data: page in a link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
];

const FRIENDLY: [label: string, html: string][] = [
  [
    'Gmail markup with a quote',
    '<div dir="ltr">Sounds good.</div><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Can we move it?</blockquote></div>',
  ],
  [
    'links and pictures',
    '<a href="https://acme.com/?a=1&amp;b=2">web</a> <a href="mailto:jane@acme.com">mail</a> <img src="cid:ii_1"> <img src="data:image/png;base64,iVBORw0KGgo=">',
  ],
  ['a table with styles', '<table style="width:100%"><tbody><tr><td style="color:#333">a</td></tr></tbody></table>'],
];

describe('sanitizeReplyHtml', () => {
  it.each(CASES)('takes out %s and keeps the rest', (_label, html, kept) => {
    expect(sanitizeReplyHtml(html)).toBe(kept);
  });

  it.each(FRIENDLY)('keeps %s as it is', (_label, html) => {
    expect(sanitizeReplyHtml(html)).toBe(html);
  });

  it('answers only what the worker accepts, for every hostile body', () => {
    const hostile = [
      ...CASES.map(([, html]) => html),
      '<a href="  java\tscript:alert(1)">x</a>',
      '<img src=x onerror=alert(1)//',
      '<!--><img src=x onerror=alert(1)>-->',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      '<div style="width: expression(alert(1))">x</div>',
      '<img src="a.png" srcset="javascript:alert(1) 2x">',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    ];
    for (const html of hostile) {
      expect(forbiddenHtml(html), html).not.toEqual([]);
      expect(forbiddenHtml(sanitizeReplyHtml(html)), html).toEqual([]);
    }
  });

  it('says when a body cannot be used, and answers the clean one otherwise', () => {
    expect(sanitizedOrProblem('<p onclick="x()">Hi</p>')).toEqual({ ok: true, html: '<p>Hi</p>' });
  });
});
