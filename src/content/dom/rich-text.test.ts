// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillRichText } from './rich-text.ts';

function editor(): HTMLElement {
  const body = document.createElement('div');
  body.contentEditable = 'true';
  document.body.append(body);
  return body;
}

describe('fillRichText', () => {
  it('inserts the reply without what the allow-list forbids, whatever the queue held', () => {
    const body = editor();
    const problem = fillRichText(
      body,
      '<p>See you <b>Tuesday</b>.</p><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">details</a><script>alert(3)</script>',
    );
    expect(problem).toBeNull();
    expect(body.innerHTML).toBe('<p>See you <b>Tuesday</b>.</p><img src="x"><a>details</a>');
    expect(body.querySelector('script, [onerror]')).toBeNull();
  });

  it('inserts an ordinary reply as it is', () => {
    const body = editor();
    expect(fillRichText(body, '<div dir="ltr">Thanks, <a href="https://acme.com/">Acme</a></div>')).toBeNull();
    expect(body.innerHTML).toBe('<div dir="ltr">Thanks, <a href="https://acme.com/">Acme</a></div>');
  });
});
