// @vitest-environment happy-dom
/**
 * The Send control and the send shortcut on the simulated Gmail: the primary part of the split
 * button in every compose kind and language, never the arrow or "Send & archive".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { $, loadGmail, openCompose, toBox } from './testing/simulated-gmail.ts';

const sendOf = (root: HTMLElement) => gmailAdapter.compose(root).sendControl();

/** Dispatches a keydown at `target` and returns the adapter's answer, asked during dispatch as the guard's capture listener asks. */
function shortcut(target: Element, init: KeyboardEventInit): boolean {
  let answer = false;
  const listen = (event: KeyboardEvent) => {
    answer = gmailAdapter.isSendShortcut(event);
  };
  window.addEventListener('keydown', listen, true);
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
  window.removeEventListener('keydown', listen, true);
  return answer;
}

describe('the Send control', () => {
  beforeEach(() => {
    loadGmail();
  });

  it('is the Send button of each compose kind', () => {
    const popup = openCompose();
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    for (const root of [popup, inline]) {
      const send = sendOf(root);
      expect(send?.getAttribute('aria-label')).toBe('Send \u202A(Ctrl-Enter)\u202C');
      expect(send?.matches('div.dC > div.T-I.J-J5-Ji.aoO.v7.T-I-atl.L3[role=button]')).toBe(true);
      expect(root.contains(send!)).toBe(true);
    }
    $('.Hq.aUG', popup).click();
    expect(gmailAdapter.compose(popup).kind).toBe('fullscreen');
    expect(sendOf(popup)?.textContent).toBe('Send');
  });

  it('is recognised from any element of the button, and only in a compose', () => {
    const root = openCompose();
    const send = sendOf(root)!;
    const inner = document.createElement('span');
    send.append(inner);
    expect(gmailAdapter.sendControlAt(send)).toBe(send);
    expect(gmailAdapter.sendControlAt(inner)).toBe(send);
    expect(gmailAdapter.sendControlAt($('.dC > .hG[aria-haspopup=true]', root))).toBeNull();
    expect(gmailAdapter.sendControlAt($('img', $('.dC > .hG', root)))).toBeNull();
    expect(gmailAdapter.sendControlAt($('.og[role=button]', root))).toBeNull();
    expect(gmailAdapter.sendControlAt(toBox(root))).toBeNull();
    expect(gmailAdapter.sendControlAt($('[gh=cm]'))).toBeNull();
    // A detached copy of a Send button belongs to no compose.
    expect(gmailAdapter.sendControlAt(send.cloneNode(true) as Element)).toBeNull();
  });

  it('is Send, never "Send & archive" (.Uo); but a press on Send & archive is a send too, of that button', () => {
    loadGmail('?sa=1'); // Gmail's setting that shows Send & archive in replies
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    const send = sendOf(inline)!;
    const archive = $('[role=button].Uo', inline);
    expect(archive.getAttribute('aria-label')).toBe('Send & archive');
    expect(sendOf(inline)).toBe(send);
    expect(send.classList.contains('Uo')).toBe(false);
    expect(gmailAdapter.sendControlAt(archive)).toBe(archive);
    expect(gmailAdapter.sendControlAt(send)).toBe(send);
    expect(gmailAdapter.sendControlAt($('.hG[aria-haspopup=true]', inline))).toBeNull();
  });

  it('is found in German, where the label is "Senden \u202A(Strg-Eingabetaste)\u202C"', () => {
    loadGmail('?hl=de');
    const root = openCompose();
    const send = sendOf(root);
    expect(send?.getAttribute('data-tooltip')).toBe('Senden \u202A(Strg-Eingabetaste)\u202C');
    expect(gmailAdapter.sendControlAt(send!)).toBe(send);
    expect(gmailAdapter.sendControlAt($('.hG', root))).toBeNull();
  });

  it('falls back to InboxSDK\u2019s query, then to the label, when the classes change', () => {
    for (const query of ['', '?hl=de']) {
      loadGmail(query);
      const root = openCompose();
      const send = sendOf(root)!;
      $('.dC', root).className = 'renamed';
      expect(sendOf(root)).toBe(send); // .IZ .Up div > div[role=button]
      $('.IZ', root).className = 'renamed-too';
      expect(sendOf(root)).toBe(send); // "Send"/"Senden" with the direction marks and shortcut stripped
      expect(gmailAdapter.sendControlAt(send)).toBe(send);
      expect(gmailAdapter.sendControlAt($('[aria-haspopup=true]', root))).toBeNull();
    }
  });

  it('puts the pill in the Send button\u2019s toolbar cell', () => {
    const root = openCompose();
    const anchor = gmailAdapter.compose(root).pillAnchor();
    expect(anchor?.matches('td.gU.Up')).toBe(true);
    expect(anchor?.contains(sendOf(root)!)).toBe(true);
  });

  it('is null where the compose has no Send button', () => {
    const root = openCompose();
    $('.dC', root).remove();
    expect(sendOf(root)).toBeNull();
    expect(gmailAdapter.compose(root).pillAnchor()).toBeNull();
  });
});

describe('the send shortcut', () => {
  beforeEach(() => {
    loadGmail();
  });

  it('is Ctrl+Enter or Cmd+Enter inside a compose: body, subject, recipients', () => {
    const root = openCompose();
    expect(shortcut($('.Am.Al.editable', root), { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(shortcut($('input[name=subjectbox]', root), { key: 'Enter', metaKey: true })).toBe(true);
    expect(shortcut(toBox(root), { key: 'Enter', ctrlKey: true })).toBe(true);
  });

  it('is not plain Enter, other modifiers, other keys, or a key outside a compose', () => {
    const root = openCompose();
    const body = $('.Am.Al.editable', root);
    expect(shortcut(body, { key: 'Enter' })).toBe(false);
    expect(shortcut(body, { key: 'Enter', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(shortcut(body, { key: 'Enter', ctrlKey: true, altKey: true })).toBe(false);
    expect(shortcut(body, { key: 'Enter', ctrlKey: true, isComposing: true })).toBe(false);
    expect(shortcut(body, { key: 'a', ctrlKey: true })).toBe(false);
    expect(shortcut($('.gb_search'), { key: 'Enter', ctrlKey: true })).toBe(false);
  });

  it('is the key that sends on the site, in the inline reply and the pop-out window too', () => {
    const site = loadGmail();
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    expect(shortcut($('.Am.Al.editable', inline), { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(site.outbox.map((m) => m.to)).toEqual([['jane@acme.com']]);
    loadGmail('?view=cm&fs=1');
    const [popout] = gmailAdapter.findComposeRoots(document);
    expect(shortcut(toBox(popout!), { key: 'Enter', metaKey: true })).toBe(true);
  });
});
