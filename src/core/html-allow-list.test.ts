import { describe, expect, it } from 'vitest';
import { forbiddenHtml, htmlProblem } from './html-allow-list.ts';

/** Bodies a hostile page or a compromised content script could send: each must be refused. */
const HOSTILE: [label: string, html: string][] = [
  ['an img with onerror', '<div>Hi</div><img src=x onerror=alert(1)>'],
  ['onerror in mixed case with a quoted value', '<IMG SRC="x" OnErRoR="alert(1)">'],
  ['a handler after a slash', '<img/src="x"/onerror=alert(1)>'],
  ['a handler after a quoted value without a space', '<img src="x"onerror="alert(1)">'],
  ['a javascript: link', '<a href="javascript:alert(1)">click</a>'],
  ['a JavaScript: link in mixed case, unquoted', '<a href=JaVaScRiPt:alert(1)>click</a>'],
  ['a javascript: link behind spaces and control characters', '<a href=" \u0001 javascript:alert(1)">click</a>'],
  ['a javascript: link with a tab and a newline inside', '<a href="java\tscr\nipt:alert(1)">click</a>'],
  [
    'a javascript: link as decimal references',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  ],
  [
    'a javascript: link as hex references without semicolons',
    '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
  ],
  ['a javascript: link with zero-padded references', '<a href="&#0000106avascript:alert(1)">x</a>'],
  ['a javascript: link with &colon;', '<a href="javascript&colon;alert(1)">x</a>'],
  ['a javascript: link with &Tab;', '<a href="java&Tab;script:alert(1)">x</a>'],
  ['a javascript: link with an unknown named reference in the scheme', '<a href="javascript&VeryColon;alert(1)">x</a>'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['a data: page in a link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['an svg data: picture', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">'],
  ['a data: picture outside an img', '<video poster="data:image/png;base64,AAAA"></video>'],
  ['a data: candidate in srcset', '<img src="a.png" srcset="data:image/png;base64,AAAA 2x">'],
  ['a javascript: candidate in srcset', '<img src="a.png" srcset="a.png 1x, javascript:alert(1) 2x">'],
  ['a script element', '<p>ok</p><script>alert(1)</script>'],
  [
    'a script element in upper case with attributes',
    '<SCRIPT type="text/javascript" src="https://evil.example/x.js"></SCRIPT>',
  ],
  ['svg with a script inside', '<svg><script>alert(1)</script></svg>'],
  ['svg alone (its contents parse differently)', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['an iframe with srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ['srcdoc on any element', '<div srcdoc="x"></div>'],
  ['an object', '<object data="https://evil.example/x.swf"></object>'],
  ['an embed', '<embed src="https://evil.example/x.swf">'],
  ['a form', '<form action="https://evil.example/"><button>Confirm</button></form>'],
  ['a button with formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['a base element', '<base href="https://evil.example/">'],
  ['a style element', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['a style attribute with url(javascript:)', '<div style="background:url(javascript:alert(1))">x</div>'],
  [
    'a style attribute with a quoted url(javascript:)',
    `<div style="background-image: url( 'javascript:alert(1)' )">x</div>`,
  ],
  ['a style attribute with CSS escapes', '<div style="background:u\\72l(j\\61vascript:alert(1))">x</div>'],
  ['a style attribute with expression()', '<div style="width: expression(alert(1))">x</div>'],
  ['a style attribute with a comment inside expression', '<div style="width: expr/**/ession(alert(1))">x</div>'],
  ['a style attribute with entities', '<div style="background:url(&#106;avascript:alert(1))">x</div>'],
  ['a namespaced handler', '<div xml:onclick="alert(1)">x</div>'],
  ['a script behind an empty comment <!-->', '<!--><script>alert(1)</script><!-- -->'],
  ['a script behind <!--->', '<!---><img src=x onerror=alert(1)>'],
  ['a script behind a comment ended with --!>', '<!-- a --!><img src=x onerror=alert(1)>'],
  ['a comment that ends before a quote would', '<!-- <a title=" --> <img src=x onerror=alert(1)> "> -->'],
  ['a handler after a bogus comment', '<? x ><img src=x onerror=alert(1)>'],
  ['a title that hides markup from a naive reader', '<title><a title="</title><img src=x onerror=alert(1)>">'],
  ['a textarea', '<textarea><img src=x onerror=alert(1)></textarea>'],
  ['a noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
];

/** Bodies real composes produce: each must pass untouched. */
const FRIENDLY: [label: string, html: string][] = [
  ['plain text', 'Thanks, Jane — see you Tuesday.'],
  [
    'Gmail markup with a quote',
    '<div dir="ltr">Sounds good.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jane wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Can we move it?</blockquote></div>',
  ],
  [
    'links of every allowed kind',
    '<a href="https://acme.com/?a=1&amp;b=2#top">web</a> <a href="mailto:jane@acme.com?subject=Hi">mail</a> <a href="tel:+15550100">call</a> <a href="#section">here</a> <a href="/relative/path">rel</a>',
  ],
  [
    'an inline picture by cid and by data:image',
    '<img src="cid:ii_abc123"><img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">',
  ],
  ['a srcset of https pictures', '<img src="a.png" srcset="https://acme.com/a.png 1x, https://acme.com/a@2x.png 2x">'],
  [
    'a style with an https background',
    '<td style="background: url(https://acme.com/bg.png) no-repeat; color: #333">x</td>',
  ],
  [
    'text that talks about scripts',
    '<p>Use &lt;script&gt; tags and onerror=handlers carefully; javascript:void(0) is not a link here.</p>',
  ],
  ['a comment', '<!-- a note --><p>ok</p>'],
  ['an attribute value holding markup', '<span title="<script>alert(1)</script>">x</span>'],
  [
    'Outlook markup',
    '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;">Hello</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Jane</div>',
  ],
  ['a table', '<table cellpadding="0" border="1"><tbody><tr><td width="50%">a</td></tr></tbody></table>'],
];

describe('the HTML allow-list check', () => {
  it.each(HOSTILE)('refuses %s', (_label, html) => {
    expect(forbiddenHtml(html)).not.toEqual([]);
    expect(htmlProblem(html)).toMatch(/^the reply's body contains .+, which Red Cup does not store or insert$/);
  });

  it.each(FRIENDLY)('allows %s', (_label, html) => {
    expect(forbiddenHtml(html)).toEqual([]);
    expect(htmlProblem(html)).toBeNull();
  });

  it('names what it found', () => {
    expect(htmlProblem('<img src=x onerror=alert(1)><a href="javascript:x">a</a><iframe></iframe>')).toBe(
      `the reply's body contains an event handler attribute (onerror) on <img>, a "javascript:" address in href on <a>, an <iframe> element, which Red Cup does not store or insert`,
    );
  });

  it('stops at a few findings and never echoes a long value', () => {
    const html = `${'<img src=x onerror=a>'.repeat(1000)}<a href="${'&'.repeat(500)}:x">x</a>`;
    expect(forbiddenHtml(html)).toHaveLength(5);
    expect(htmlProblem(`<a href="${'j'.repeat(500)}:x">x</a>`)!.length).toBeLessThan(200);
  });

  it('reads a body of several megabytes in one pass', () => {
    const html =
      '<div class="a" style="color:red">Lorem ipsum <b>dolor</b> <a href="https://acme.com/">sit</a> amet</div>'.repeat(
        50_000,
      );
    expect(forbiddenHtml(`${html}<script>x</script>`)).toEqual([{ what: 'a <script> element' }]);
  });
});
