/**
 * A reply's body reduced to the allow-list (DESIGN §7) with DOMPurify, before it goes to the
 * worker's queue and again right before the delivering tab inserts it: the HTML profile only
 * (no SVG or MathML), none of core/html-allow-list.ts's forbidden elements, and every attribute
 * that core's check would refuse (`on…`, `javascript:`/`data:` addresses, CSS that fetches or
 * runs) dropped — so what comes out is exactly what the worker accepts.
 *
 * DOMPurify (~9 KB gzip) is loaded only with the code that queues or delivers a reply
 * (dynamic `import()`), never at the content script's start-up (DESIGN §6 budget).
 */
import DOMPurify, { type Config } from 'dompurify';
import { attributeProblem, FORBIDDEN_ELEMENTS, forbiddenHtml } from '../../core/html-allow-list.ts';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...FORBIDDEN_ELEMENTS],
  FORBID_ATTR: ['srcdoc', 'formaction', 'action', 'http-equiv'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

type Purifier = ReturnType<typeof DOMPurify>;

let purifier: Purifier | null = null;

/**
 * The content script's own purifier (it parses in an inert document of its own, whichever
 * frame the editor is in), with the allow-list's attribute rule as a hook.
 */
function allowListPurifier(): Purifier {
  if (purifier === null) {
    purifier = DOMPurify(window);
    purifier.addHook('uponSanitizeAttribute', (node, data) => {
      if (attributeProblem(node.nodeName.toLowerCase(), data.attrName, data.attrValue) !== null) data.keepAttr = false;
    });
  }
  return purifier;
}

/** The body with everything the allow-list forbids taken out; text and ordinary markup stay. */
export function sanitizeReplyHtml(html: string): string {
  return allowListPurifier().sanitize(html, CONFIG);
}

/**
 * The body sanitised, or why it cannot be used: a safety net in case DOMPurify's output still
 * held what the worker refuses (it should not; and DOMPurify answers its input unchanged in a
 * browser it does not support), so nothing forbidden is ever sent or inserted.
 */
export function sanitizedOrProblem(html: string): { ok: true; html: string } | { ok: false; reason: string } {
  const clean = sanitizeReplyHtml(html);
  const left = forbiddenHtml(clean, 1)[0];
  return left === undefined
    ? { ok: true, html: clean }
    : {
        ok: false,
        reason: `the reply's body still contains ${left.what} after sanitising, so Red Cup does not use it`,
      };
}
