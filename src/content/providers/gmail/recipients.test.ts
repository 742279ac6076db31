// @vitest-environment happy-dom
/**
 * Recipients on the simulated Gmail, typed as a user types them: chips (Enter, comma, blur),
 * Cc/Bcc, half-typed text, the hidden duplicate spans, the old recipient UI, German labels.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { $, $$, leave, loadGmail, openCompose, press, toBox, typeText } from './testing/simulated-gmail.ts';

const recipientsOf = (root: HTMLElement) => gmailAdapter.compose(root).recipients();

describe('recipients, current chip UI', () => {
  beforeEach(() => {
    loadGmail();
  });

  it('reads chips made by Enter, comma and leaving the field', () => {
    const root = openCompose();
    const to = toBox(root);
    typeText(to, 'jane@acme.com');
    press(to, 'Enter');
    typeText(to, 'ops@globex.co.uk,');
    typeText(to, 'sam@initech.com.au');
    leave(to);
    expect($$('[role=option]', root)).toHaveLength(3);
    expect(recipientsOf(root)).toEqual(['jane@acme.com', 'ops@globex.co.uk', 'sam@initech.com.au']);
  });

  it('counts each chip once although Gmail keeps a hidden copy span[email][data-hovercard-id] beside it', () => {
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com, Sam Lee <sam@initech.com.au>, ');
    expect($$('span[email][data-hovercard-id]', root)).toHaveLength(2);
    expect($$('[data-hovercard-id]', root)).toHaveLength(4);
    expect(recipientsOf(root)).toEqual(['jane@acme.com', 'sam@initech.com.au']);
  });

  it('reads half-typed text, split on commas and semicolons, beside the chips', () => {
    const root = openCompose();
    const to = toBox(root);
    typeText(to, 'jane@acme.com');
    press(to, 'Enter');
    // Set without an input event: text that never became a chip (gmail.js #719).
    (to as HTMLInputElement).value = 'ops@globex.co.uk; sam@initech.com.au , ';
    expect($$('[role=option]', root)).toHaveLength(1);
    expect(recipientsOf(root)).toEqual(['jane@acme.com', 'ops@globex.co.uk', 'sam@initech.com.au']);
  });

  it('reads Cc and Bcc once revealed, and forgets a removed chip', () => {
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com,');
    $('span.pE[role=link]', root).click();
    $('span.pB[role=link]', root).click();
    typeText(toBox(root, 'cc'), 'billing@acme.com,');
    typeText(toBox(root, 'bcc'), 'priya@umbrella.io');
    expect(recipientsOf(root)).toEqual(['jane@acme.com', 'billing@acme.com', 'priya@umbrella.io']);
    $('[data-hovercard-id="billing@acme.com"] .afX[aria-label]', root).click();
    expect(recipientsOf(root)).toEqual(['jane@acme.com', 'priya@umbrella.io']);
  });

  it('reads each compose of several on its own, and the inline reply pre-filled with the client', () => {
    const first = openCompose();
    const second = openCompose();
    typeText(toBox(first), 'jane@acme.com,');
    typeText(toBox(second), 'sam@initech.com.au,');
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    expect(recipientsOf(first)).toEqual(['jane@acme.com']);
    expect(recipientsOf(second)).toEqual(['sam@initech.com.au']);
    expect(recipientsOf(inline)).toEqual(['jane@acme.com']);
  });

  it('reads the subject box, and an inline reply\u2019s hidden subject', () => {
    const root = openCompose();
    const box = $('input[name=subjectbox]', root) as HTMLInputElement;
    box.value = 'Q4 plan';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(gmailAdapter.compose(root).subject()).toBe('Q4 plan');
    $('.ams.bkH').click();
    const inline = $('.ip.adB > .M9');
    expect(inline.querySelector('input[name=subjectbox]')).toBeNull();
    expect(gmailAdapter.compose(inline).subject()).toBe('Re: Launch week: homepage status');
  });
});

describe('recipients, old UI (?ui=old)', () => {
  beforeEach(() => {
    loadGmail('?ui=old');
  });

  it('reads the chips\u2019 hidden inputs (Name <address>), not the span[email] beside them', () => {
    const root = openCompose();
    const to = $('.GS tr textarea.vO[name=to]', root);
    typeText(to, 'Jane Doe <jane@acme.com>, sam@initech.com.au');
    press(to, 'Enter');
    expect($$('.vR input[type=hidden]', root).map((input) => (input as HTMLInputElement).value)).toEqual([
      'Jane Doe <jane@acme.com>',
      'Sam Lee <sam@initech.com.au>',
    ]);
    expect($$('.vR span[email]', root)).toHaveLength(2);
    expect(recipientsOf(root)).toEqual(['Jane Doe <jane@acme.com>', 'Sam Lee <sam@initech.com.au>']);
  });

  it('reads half-typed text in the textareas, Cc and Bcc included', () => {
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com,');
    $('span.pE[role=link]', root).click();
    (toBox(root, 'cc') as HTMLTextAreaElement).value = 'ops@globex.co.uk;priya@umbrella.io';
    expect(recipientsOf(root)).toEqual(['Jane Doe <jane@acme.com>', 'ops@globex.co.uk', 'priya@umbrella.io']);
  });
});

describe('recipients, German (?hl=de)', () => {
  it('reads chips and typed text the same way under translated labels', () => {
    loadGmail('?hl=de');
    const root = openCompose();
    expect(root.getAttribute('aria-label')).toBe('Neue Nachricht');
    const to = toBox(root);
    expect(to.getAttribute('aria-label')).toBe('An-Empfänger');
    typeText(to, 'jane@acme.com');
    leave(to);
    typeText(to, 'sam@initech.com.au');
    expect(recipientsOf(root)).toEqual(['jane@acme.com', 'sam@initech.com.au']);
  });

  it('reads the old UI in German too', () => {
    loadGmail('?hl=de&ui=old');
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com;');
    expect(recipientsOf(root)).toEqual(['Jane Doe <jane@acme.com>']);
  });
});
