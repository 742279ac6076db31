// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientProfile } from '../../../core/profile.ts';
import { statementFor } from '../../../core/statement.ts';
import { button, mount, settle, text } from '../../popup/testing/dom.ts';
import { CopyButton } from './CopyButton.tsx';
import { defaultLanguage, previewBlocker } from './statement-preview.ts';
import { StatementPreview } from './StatementPreview.tsx';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

function show(node: ComponentChild): HTMLElement {
  const { root, unmount } = mount(node);
  mounted.push(unmount);
  return root;
}

const weekday = [{ start: '08:00', end: '18:00' }];
const acme: ClientProfile = {
  id: 'acme',
  name: 'Acme Corp',
  color: '#d62828',
  match: ['acme.com'],
  timeZone: 'America/New_York',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
  timeOff: [],
  promise: { regular: { kind: 'within-hours', hours: 24 } },
  emergency: { situations: [], keywords: [], channel: 'Call 555-0100' },
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
  notes: '',
};
const NOW = new Date('2026-12-04T15:00:00Z');
const noWording = { template: '', templateErrors: [], onTemplateChange: () => {} };

function choose(root: HTMLElement, id: string, value: string): void {
  const select = root.querySelector<HTMLSelectElement>(`#${id}`);
  if (!select) throw new Error(`no select #${id}`);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('StatementPreview', () => {
  it('shows the friendly paragraph and signature line from statementFor, in the browser’s language', () => {
    const root = show(
      <StatementPreview profile={acme} blocker={null} clock="24h" now={NOW} browserLanguage="en-GB" {...noWording} />,
    );
    const options = { tone: 'friendly', language: 'en', clock: '24h', now: NOW } as const;
    expect(text(root.querySelector('#statement-paragraph'))).toBe(
      statementFor(acme, { ...options, kind: 'paragraph' }),
    );
    expect(text(root.querySelector('#statement-signature'))).toBe(
      statementFor(acme, { ...options, kind: 'signature' }),
    );
    expect(text(root.querySelector('#statement-paragraph'))).toContain('Monday to Friday');
    expect(root.querySelector('legend')?.textContent).toBe('What I tell this client');
  });

  it('follows the tone and language selects', () => {
    const root = show(
      <StatementPreview profile={acme} blocker={null} clock="12h" now={NOW} browserLanguage="de-AT" {...noWording} />,
    );
    expect(root.querySelector<HTMLSelectElement>('#statement-language')?.value).toBe('de');
    choose(root, 'statement-tone', 'formal');
    expect(text(root.querySelector('#statement-signature'))).toBe(
      statementFor(acme, { kind: 'signature', tone: 'formal', language: 'de', clock: '12h', now: NOW }),
    );
    choose(root, 'statement-language', 'en');
    expect(text(root.querySelector('#statement-paragraph'))).toBe(
      statementFor(acme, { kind: 'paragraph', tone: 'formal', language: 'en', clock: '12h', now: NOW }),
    );
  });

  it('says what to fix instead of the text while a field it reads has a problem', () => {
    const blocker = { path: 'hours.fri[0].end', message: 'Friday window 1 end: “25:99” is not a time.' };
    const root = show(<StatementPreview profile={acme} blocker={blocker} clock="24h" now={NOW} {...noWording} />);
    expect(root.querySelector('#statement-paragraph')).toBeNull();
    expect(text(root)).toContain('Fix this first to see the statement: Friday window 1 end: “25:99” is not a time.');
  });
});

describe('StatementPreview with the user’s own wording', () => {
  it('fills the placeholders from the profile, and reports each keystroke of the wording', () => {
    const typed: string[] = [];
    const template = 'I answer {hours}.\n{promise}\n{timeOff}\nUrgent? {channel}';
    const root = show(
      <StatementPreview
        profile={{ ...acme, statementTemplate: template }}
        blocker={null}
        clock="24h"
        now={NOW}
        browserLanguage="en"
        template={template}
        templateErrors={[]}
        onTemplateChange={(t) => typed.push(t)}
      />,
    );
    const paragraph = text(root.querySelector('#statement-paragraph'));
    expect(paragraph).toMatch(/^I answer Monday to Friday, 08:00.*18:00 Eastern Time\./);
    // {timeOff} is empty (nothing planned): its line is left out, not left blank.
    expect(paragraph).not.toContain('{');
    expect(paragraph).toContain('Urgent? Call 555-0100');
    const area = root.querySelector<HTMLTextAreaElement>('#statement-template');
    if (!area) throw new Error('no wording field');
    act(() => {
      area.value = `${template}!`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(typed).toEqual([`${template}!`]);
  });

  it('names an unknown placeholder instead of a text with a hole, and shows the check’s message at the field', () => {
    const root = show(
      <StatementPreview
        profile={{ ...acme, statementTemplate: 'Hours: {hour}' }}
        blocker={null}
        clock="24h"
        now={NOW}
        template="Hours: {hour}"
        templateErrors={['Statement wording: {hour} is not a placeholder.']}
        onTemplateChange={() => {}}
      />,
    );
    expect(text(root.querySelector('#statement-paragraph'))).toBe(
      'Your wording cannot be used yet: The template uses {hour}, which is not a placeholder; the placeholders are {hours}, {promise}, {timeOff}, {emergency}, {channel}, {name}.',
    );
    expect(root.querySelector('#statement-template')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('button')?.textContent).not.toBe('Copy paragraph');
  });
});

describe('CopyButton', () => {
  it('says "Copied" after the clipboard took the text, and forgets it when the text changes', async () => {
    const write = vi.fn(() => Promise.resolve());
    const root = show(<CopyButton label="Copy paragraph" text="Hello" statusId="s" write={write} />);
    button(root, 'Copy paragraph').click();
    await settle();
    expect(write).toHaveBeenCalledWith('Hello');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied');
    act(() => render(<CopyButton label="Copy paragraph" text="Hello again" statusId="s" write={write} />, root));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('names the failure and tells the user to copy by hand', async () => {
    const write = vi.fn(() => Promise.reject(new Error('Write permission denied')));
    const root = show(<CopyButton label="Copy signature line" text="Line" statusId="s" write={write} />);
    button(root, 'Copy signature line').click();
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Could not copy: Write permission denied. Select the text and copy it by hand.',
    );
  });
});

describe('previewBlocker and defaultLanguage', () => {
  it('only a problem in a field the statement reads blocks it', () => {
    expect(previewBlocker([{ path: 'name', message: 'Enter a name.' }])).toBeNull();
    const hours = { path: 'hours.mon[0].start', message: 'Monday window 1 start: enter a time.' };
    expect(previewBlocker([{ path: 'match', message: 'Add an address.' }, hours])).toBe(hours);
  });

  it('German for any German browser locale, English otherwise', () => {
    expect(['de', 'de-DE', 'DE-ch', 'en-US', 'fr', undefined].map(defaultLanguage)).toEqual([
      'de',
      'de',
      'de',
      'en',
      'en',
      'en',
    ]);
  });
});
