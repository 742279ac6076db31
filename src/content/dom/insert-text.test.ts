// @vitest-environment happy-dom
/**
 * The text a statement is inserted as, and where it goes. happy-dom has no editing commands, so
 * the command is stubbed where a test needs the browser's path; its DOM fallback is real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caretIn } from './caret.ts';
import { insertPlainText, textToInsert } from './insert-text.ts';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

function caretAt(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('textToInsert', () => {
  it('turns every kind of line break into "\\n" and trims line ends and blank edges', () => {
    expect(textToInsert('\r\nOne  \r\ntwo\rthree \n\n')).toBe('One\ntwo\nthree');
  });

  it('keeps blank lines between paragraphs and tabs', () => {
    expect(textToInsert('Hours\n\nPromise\tsoon')).toBe('Hours\n\nPromise\tsoon');
  });

  it('drops control characters and bidi overrides, keeps markup as the characters it is', () => {
    expect(textToInsert('A\u0000c\u0007me \u202Eevil\u202C <b>Corp</b> &amp;')).toBe('Acme evil <b>Corp</b> &amp;');
  });
});

describe('insertPlainText', () => {
  it('uses the editor’s insertText command at the caret, with the text as it is', () => {
    const body = editor('Hello world');
    const saved = caretAt(body.firstChild!, 5);
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    expect(insertPlainText(body, 'A\nB', saved)).toBe('editor');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'A\nB');
    expect(document.activeElement).toBe(body);
    const range = window.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([body.firstChild, 5]);
  });

  it('goes to the start of the body when the caret was not in it', () => {
    const body = editor('<div>Hi</div><blockquote>quoted</blockquote>');
    document.execCommand = vi.fn(() => true);
    const outside = document.createElement('input');
    document.body.append(outside);
    insertPlainText(body, 'Text', caretAt(outside, 0));
    const range = window.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([body, 0]);
  });

  it('without the command: text nodes and the editor’s line breaks, never parsed markup, and an input event', () => {
    const body = editor('Hello');
    document.execCommand = vi.fn(() => false);
    const inputs: string[] = [];
    body.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const text = textToInsert('<img src=x onerror=alert(1)>\nline two');
    expect(insertPlainText(body, text, caretAt(body.firstChild!, 0))).toBe('dom');
    expect(body.querySelector('img')).toBeNull();
    expect(body.innerHTML).toBe('&lt;img src=x onerror=alert(1)&gt;<br>line twoHello');
    expect(inputs).toEqual(['insertText']);
    // The caret is after the inserted text, as after typing it.
    const caret = caretIn(body);
    expect(caret?.startContainer).toBe(body);
    expect(body.childNodes[(caret?.startOffset ?? 0) - 1]?.textContent).toBe('line two');
  });

  it('caretIn answers null for a caret outside the body', () => {
    const body = editor('x');
    const other = document.createElement('p');
    other.textContent = 'y';
    document.body.append(other);
    caretAt(other.firstChild!, 0);
    expect(caretIn(body)).toBeNull();
    caretAt(body.firstChild!, 1);
    expect(caretIn(body)?.startOffset).toBe(1);
  });
});
