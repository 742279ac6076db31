// @vitest-environment happy-dom
/**
 * Compose roots of every kind on the simulated Gmail: pop-ups side by side, full screen (the
 * same compose moved), an inline reply, the pop-out window; and what is not a compose.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { $, $$, loadGmail, openCompose, press, toBox, typeText } from './testing/simulated-gmail.ts';

const roots = () => gmailAdapter.findComposeRoots(document);
const kinds = () => roots().map((root) => gmailAdapter.compose(root).kind);

describe('compose roots', () => {
  beforeEach(() => {
    loadGmail();
  });

  it('finds nothing on the inbox before a compose opens, and recognises the page', () => {
    expect(roots()).toEqual([]);
    expect(gmailAdapter.recognisesPage(document)).toBe(true);
  });

  it('finds each pop-up once, as its [role=dialog], in document order', () => {
    const first = openCompose();
    const second = openCompose();
    expect(roots()).toHaveLength(2);
    expect(new Set(roots())).toEqual(new Set([first, second]));
    expect(roots().every((root) => root.getAttribute('role') === 'dialog')).toBe(true);
    expect(kinds()).toEqual(['popup', 'popup']);
  });

  it('maps any element inside a compose to its root, and elements outside to null', () => {
    const first = openCompose();
    const second = openCompose();
    expect(gmailAdapter.composeRootOf(toBox(first))).toBe(first);
    expect(gmailAdapter.composeRootOf($('.Am.Al.editable', second))).toBe(second);
    expect(gmailAdapter.composeRootOf($('.dC', second))).toBe(second);
    expect(gmailAdapter.composeRootOf($('tr.zA'))).toBeNull();
    expect(gmailAdapter.composeRootOf($('[gh=cm]'))).toBeNull();
    expect(gmailAdapter.composeRootOf($('.ams.bkH'))).toBeNull();
  });

  it('a dialog that is not a compose (the error alert) is not a root', () => {
    const root = openCompose();
    $('.dC > [role=button]', root).click(); // no recipients: Gmail's alert
    const alert = $('[role=alertdialog]');
    expect(gmailAdapter.composeRootOf($('button', alert))).toBeNull();
    expect(roots()).toEqual([root]);
  });

  it('keeps the same root when a pop-up goes full screen and back, with its kind following', () => {
    const root = openCompose();
    const toggle = $('.Hq.aUG', root);
    toggle.click();
    expect(root.closest('.aSs .aSt')).not.toBeNull();
    expect(roots()).toEqual([root]);
    expect(gmailAdapter.compose(root).kind).toBe('fullscreen');
    toggle.click();
    expect(root.closest('div.AD')).not.toBeNull();
    expect(gmailAdapter.compose(root).kind).toBe('popup');
  });

  it('finds the inline reply as the .M9 child of .ip.adB, beside pop-ups', () => {
    openCompose();
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    expect(roots()).toContain(inline);
    expect(gmailAdapter.compose(inline).kind).toBe('inline');
    expect(gmailAdapter.composeRootOf($('.Am.Al.editable', inline))).toBe(inline);
    expect(kinds().sort()).toEqual(['inline', 'popup']);
  });

  it('finds the pop-out window compose in [role=main] of body.xE.xp', () => {
    loadGmail('?view=cm&fs=1');
    expect(document.body.classList.contains('xE') && document.body.classList.contains('xp')).toBe(true);
    expect(gmailAdapter.recognisesPage(document)).toBe(true);
    const [root] = roots();
    expect(root?.parentElement?.getAttribute('role')).toBe('main');
    expect(kinds()).toEqual(['popout']);
    expect(gmailAdapter.composeRootOf(toBox(root!))).toBe(root);
  });

  it('reports a compose closed once it is sent, discarded or closed with X', () => {
    const sent = openCompose();
    const discarded = openCompose();
    const closed = openCompose();
    typeText(toBox(sent), 'jane@acme.com');
    press(toBox(sent), 'Enter', { ctrlKey: true });
    $('.og[role=button]', discarded).click();
    $('.Ha', closed).click();
    for (const root of [sent, discarded, closed]) expect(gmailAdapter.compose(root).isOpen()).toBe(false);
    expect(roots()).toEqual([]);
  });

  it('reports an inline reply closed once sent, though its .ip area stays', () => {
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    const compose = gmailAdapter.compose(inline);
    expect(compose.isOpen()).toBe(true);
    press($('.Am.Al.editable', inline), 'Enter', { metaKey: true });
    expect(compose.isOpen()).toBe(false);
    expect($$('.ip.iq')).toHaveLength(1);
  });

  it('does not take the search box or a page without Gmail for a compose', () => {
    const search = document.createElement('form');
    search.innerHTML = '<input name="q"><input name="to" placeholder="To">';
    document.body.append(search);
    expect(roots()).toEqual([]);
    document.body.innerHTML = '<p>elsewhere</p>';
    expect(gmailAdapter.recognisesPage(document)).toBe(false);
    expect(roots()).toEqual([]);
  });
});
