/** Putting a reply's HTML into a provider's rich-text body editor. Provider-neutral: the adapter finds the editor. */
import { sanitizedOrProblem } from './sanitize.ts';

/** Text as compared: whitespace runs as one space. */
export const plainText = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The HTML as an edit (`insertHTML`, so the provider's editor keeps its draft in step), else by
 * markup with an `input` event; checked by its text. Null when the body holds the reply.
 * The HTML is sanitised first, whatever the queue held (DESIGN §7: again before it is inserted).
 */
export function fillRichText(body: HTMLElement, queuedHtml: string): string | null {
  const clean = sanitizedOrProblem(queuedHtml);
  if (!clean.ok) return clean.reason;
  const html = clean.html;
  const doc = body.ownerDocument;
  // Parsed in an inert document: nothing in it loads or runs.
  const wanted = plainText(new DOMParser().parseFromString(html, 'text/html').body.textContent);
  body.focus();
  const selection = doc.defaultView?.getSelection();
  let inserted = false;
  if (selection && typeof doc.execCommand === 'function') {
    const range = doc.createRange();
    range.selectNodeContents(body);
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      inserted = doc.execCommand('insertHTML', false, html) && plainText(body.textContent) === wanted;
    } catch {
      inserted = false;
    }
  }
  if (!inserted) {
    body.innerHTML = html;
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  }
  return plainText(body.textContent) === wanted ? null : "the message body did not take the reply's text";
}
