/**
 * The readable text of a message body: line breaks where blocks and `<br>`s are, without
 * scripts, hidden parts and what `skip` matches (quoted history). `innerText` would need layout,
 * which hidden panes and test DOMs do not have.
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readableText(el: Element, skip: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (
        !(child instanceof Element) ||
        SKIPPED.has(child.tagName) ||
        child.hasAttribute('hidden') ||
        child.matches(skip)
      )
        continue;
      if (child.tagName === 'BR') {
        parts.push('\n');
        continue;
      }
      const block = BLOCKS.has(child.tagName);
      if (block) parts.push('\n');
      walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(el);
  return parts
    .join('')
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
