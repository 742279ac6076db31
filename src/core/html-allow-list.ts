/**
 * The allow-list a queued reply's body must keep (DESIGN §7): no element that runs, loads or
 * submits anything (`script`, `iframe`, `object`, `embed`, `form`, …), no `on…` handler, no
 * `srcdoc`, no `javascript:`/`vbscript:`/`data:` address (except a `data:image/…` picture in an
 * `<img src>`), no CSS that fetches or runs (`url(javascript:…)`, `expression(…)`).
 *
 * The content script sanitises a body with DOMPurify before it sends it (src/content/dom/
 * sanitize.ts) and again before it inserts it. The worker has no DOM, so it cannot sanitise;
 * it refuses a body that still holds something this check forbids. The check reads the markup
 * the way a browser's HTML tokenizer does (tags, quoted attributes, comments, character
 * references), so a forbidden thing cannot hide in mixed case, entities, or in a comment or an
 * attribute value the browser would end earlier. Elements whose text a browser does not parse
 * as markup (`title`, `textarea`, `style`, …) are forbidden themselves, so the data state is
 * the only one to follow. Pure: no DOM, linear in the body's length.
 */

/** Elements a queued reply may not contain (lower case; `svg`/`math` because their contents parse differently). */
export const FORBIDDEN_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'isindex',
  'keygen',
  'base',
  'meta',
  'link',
  'title',
  'template',
  'slot',
  'portal',
  'fencedframe',
  'xmp',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'svg',
  'math',
];

/** Attributes that hold an address (checked for their scheme); `srcset` holds several. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'background',
  'poster',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'classid',
  'archive',
  'usemap',
  'ping',
  'manifest',
  'icon',
  'profile',
  'xlink:href',
  'itemtype',
  'srcset',
  'imagesrcset',
]);

/** Attributes that are never allowed, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc', 'formaction', 'action', 'http-equiv', 'xmlns:xlink']);

/** Schemes a link or picture may use. `cid:` is a picture attached to the mail itself. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'cid']);

const ALLOWED_SCHEME_PREFIX = /^(?:https?|mailto|tel|cid):/i;

/** Space and the C0 control characters, which browsers drop around (and, tab and newline, inside) an address. */
const isSpaceOrControl = (code: number) => code <= 0x20;

/** The common case, read without decoding: an allowed scheme, no reference, space or control character. */
function plainAllowed(value: string): boolean {
  if (!ALLOWED_SCHEME_PREFIX.test(value)) return false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (isSpaceOrControl(code) || code === 0x26 /* & */) return false;
  }
  return true;
}

function trimSpaceAndControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrControl(text.charCodeAt(start))) start += 1;
  while (end > start && isSpaceOrControl(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

function withoutSpaceAndControls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) if (!isSpaceOrControl(text.charCodeAt(i))) out += text.charAt(i);
  return out;
}

/** A picture embedded in the body: raster formats only (no `svg+xml`), base64. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=]*$/i;

/** Named character references that can spell out a scheme (`&colon;`) or hide a character in one. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  semi: ';',
  comma: ',',
  period: '.',
  num: '#',
  quest: '?',
  excl: '!',
  equals: '=',
  plus: '+',
  lowbar: '_',
  hyphen: '-',
  dash: '‐',
  bsol: '\\',
};

/** One thing the allow-list forbids, said in words ("an <iframe> element"). */
export interface HtmlFinding {
  what: string;
}

/** Decodes character references as an attribute value's are (numeric, and the named ones above). */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([a-zA-Z][a-zA-Z0-9]*);)/g,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined || dec !== undefined) {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec ?? '', 10);
        if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
          return '\ufffd';
        return String.fromCodePoint(code);
      }
      const lower = (name ?? '').toLowerCase();
      // `&Tab;`/`&NewLine;` are spelled so; the others are lower case. Case-folding is the safe side.
      return NAMED[lower] ?? whole;
    },
  );
}

/**
 * Why an address is not allowed, or null. As browsers do, tabs and newlines anywhere and
 * spaces and control characters at either end are ignored. An address whose would-be scheme
 * still holds a `&` (a reference this check does not know) is refused rather than guessed at.
 */
export function urlProblem(rawValue: string, element: string, attribute: string): string | null {
  if (plainAllowed(rawValue)) return null;
  const value = trimSpaceAndControls(decodeReferences(rawValue).replace(/[\t\n\r]/g, ''));
  const head = value.split(/[/?#]/, 1)[0] ?? '';
  const colon = head.indexOf(':');
  if (colon < 0) return head.includes('&') ? `an address that hides its scheme (${shown(rawValue)})` : null;
  const scheme = head.slice(0, colon).toLowerCase();
  if (ALLOWED_SCHEMES.has(scheme)) return null;
  if (scheme === 'data' && element === 'img' && attribute === 'src' && DATA_IMAGE.test(value)) return null;
  return `a ${scheme === '' ? 'malformed' : `"${shown(scheme)}:"`} address in ${attribute}`;
}

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Undoes CSS escapes (`\6a`, `\:`) and drops comments, so `u\72l(` is read as `url(`. */
function cssText(value: string): string {
  if (!/[&\\/]/.test(value)) return value.toLowerCase();
  return decodeReferences(value)
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?/g, (_m, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
        ? '\ufffd'
        : String.fromCodePoint(code);
    })
    .replace(/\\([^\n])/g, '$1')
    .toLowerCase();
}

/** Why a `style` attribute is not allowed (CSS that runs or fetches from a forbidden address), or null. */
export function styleProblem(value: string): string | null {
  const css = cssText(value);
  const compact = withoutSpaceAndControls(css);
  if (/expression\(|-moz-binding|behavior:|javascript:|vbscript:/.test(compact))
    return 'CSS that runs code in a style attribute';
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)?/g)) {
    const target = match[2] ?? '';
    if (urlProblem(target, 'style', 'url') !== null) return 'a style attribute that loads from a forbidden address';
  }
  return null;
}

/** Why one attribute of `element` is not allowed, or null. Names are lower case. */
export function attributeProblem(element: string, name: string, value: string): string | null {
  const local = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
  if (local.startsWith('on') || name.startsWith('on')) return `an event handler attribute (${shown(name)})`;
  if (FORBIDDEN_ATTRIBUTES.has(name)) return `a ${shown(name)} attribute`;
  if (name === 'style') return styleProblem(value);
  if (name === 'srcset' || name === 'imagesrcset') {
    for (const candidate of value.split(',')) {
      const url = candidate.trim().split(/\s+/, 1)[0] ?? '';
      const problem = url === '' ? null : urlProblem(url, element, 'srcset');
      if (problem !== null || /^\s*data:/i.test(decodeReferences(url))) return problem ?? 'a "data:" address in srcset';
    }
    return null;
  }
  if (URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(local)) return urlProblem(value, element, name);
  return null;
}

const isAlpha = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

interface Tag {
  name: string;
  end: boolean;
  attributes: { name: string; value: string }[];
  /** Index just after the tag's `>` (or the end of the text). */
  next: number;
}

// Character codes the tokenizer stops at.
const TAB = 9,
  LF = 10,
  FF = 12,
  CR = 13,
  SPACE = 32,
  SLASH = 47,
  EQUALS = 61,
  GT = 62;
const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR || c === FF;
const endsName = (c: number) => isSpace(c) || c === SLASH || c === GT;
const endsAttributeName = (c: number) => endsName(c) || c === EQUALS;
const endsUnquoted = (c: number) => isSpace(c) || c === GT;
const notSpace = (c: number) => !isSpace(c);
const notSpaceOrSlash = (c: number) => !isSpace(c) && c !== SLASH;

/** The index of the first character at or after `from` that `stops`, or the end of the text. */
function scan(html: string, from: number, stops: (code: number) => boolean): number {
  let i = from;
  while (i < html.length && !stops(html.charCodeAt(i))) i += 1;
  return i;
}

/** Reads a start or end tag whose name begins at `from` (after `<` or `</`), as the HTML tokenizer does. */
function readTag(html: string, from: number, end: boolean): Tag {
  let i = scan(html, from, endsName);
  const name = html.slice(from, i).toLowerCase();
  const attributes: { name: string; value: string }[] = [];
  for (;;) {
    i = scan(html, i, notSpaceOrSlash);
    if (i >= html.length) return { name, end, attributes, next: i };
    if (html[i] === '>') return { name, end, attributes, next: i + 1 };
    // Attribute name: a leading `=` belongs to the name; it ends at whitespace, `/`, `>` or `=`.
    const nameEnd = scan(html, i + 1, endsAttributeName);
    const attribute = html.slice(i, nameEnd).toLowerCase();
    i = scan(html, nameEnd, notSpace);
    let value = '';
    if (html[i] === '=') {
      i = scan(html, i + 1, notSpace);
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, close < 0 ? html.length : close);
        i = close < 0 ? html.length : close + 1;
      } else {
        const valueEnd = scan(html, i, endsUnquoted);
        value = html.slice(i, valueEnd);
        i = valueEnd;
      }
    }
    attributes.push({ name: attribute, value });
  }
}

/** Index just after the comment that starts with `<!--` at `at`, as the tokenizer ends it (`<!-->`, `-->`, `--!>`). */
function commentEnd(html: string, at: number): number {
  let i = at + 4;
  if (html[i] === '>') return i + 1;
  if (html.startsWith('->', i)) return i + 2;
  for (;;) {
    const dashes = html.indexOf('--', i);
    if (dashes < 0) return html.length;
    let k = dashes + 2;
    while (html[k] === '-') k += 1;
    if (html[k] === '>') return k + 1;
    if (html[k] === '!' && html[k + 1] === '>') return k + 2;
    i = k;
  }
}

function afterGreaterThan(html: string, from: number): number {
  const close = html.indexOf('>', from);
  return close < 0 ? html.length : close + 1;
}

/**
 * Everything in `html` the allow-list forbids, at most `limit` findings (the first ones). An
 * empty list: the body may be stored and inserted.
 */
export function forbiddenHtml(html: string, limit = 5): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  const forbidden = new Set(FORBIDDEN_ELEMENTS);
  let i = 0;
  while (i < html.length && findings.length < limit) {
    const open = html.indexOf('<', i);
    if (open < 0) break;
    const c = html[open + 1];
    if (isAlpha(c) || (c === '/' && isAlpha(html[open + 2]))) {
      const end = c === '/';
      const tag = readTag(html, open + (end ? 2 : 1), end);
      const local = tag.name.includes(':') ? tag.name.slice(tag.name.lastIndexOf(':') + 1) : tag.name;
      if (!end && (forbidden.has(tag.name) || forbidden.has(local)))
        findings.push({ what: `${/^[aeiou]/.test(tag.name) ? 'an' : 'a'} <${shown(tag.name)}> element` });
      if (!end) {
        for (const attribute of tag.attributes) {
          const problem = attributeProblem(tag.name, attribute.name, attribute.value);
          if (problem !== null) findings.push({ what: `${problem} on <${shown(tag.name)}>` });
        }
      }
      i = tag.next;
    } else if (html.startsWith('<!--', open)) {
      i = commentEnd(html, open);
    } else if (c === '!' || c === '?' || c === '/') {
      // DOCTYPE, CDATA outside foreign content, `<?…>` and `</ 3>`: bogus comments up to the next `>`.
      i = c === '/' && html[open + 2] === '>' ? open + 3 : afterGreaterThan(html, open + 2);
    } else {
      i = open + 1; // a `<` that starts nothing is text
    }
  }
  return findings.slice(0, limit);
}

/** A sentence for the user, or null when the body keeps the allow-list. */
export function htmlProblem(html: string): string | null {
  const findings = forbiddenHtml(html, 4);
  if (findings.length === 0) return null;
  return `the reply's body contains ${findings.map((f) => f.what).join(', ')}, which Red Cup does not store or insert`;
}
