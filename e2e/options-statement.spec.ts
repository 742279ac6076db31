/**
 * "What I tell this client" in the profile editor (issue 15.2): the boundary statement made from
 * the profile as it is being edited — it follows an unsaved change to the hours and the language
 * select — and "Copy signature line" puts exactly the shown line on the clipboard.
 * The expected texts come from the same pure core the page uses (src/core/statement.ts).
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { statementFor, type StatementOptions } from '../src/core/statement.ts';
import { saveClients } from './support/clients.ts';
import { test, expect } from './support/extension.ts';

const weekday = [{ start: '08:00', end: '18:00' }];

const acme: ClientProfile = {
  id: 'statement-acme',
  name: 'Acme Corp',
  color: '#d62828',
  match: ['acme.com'],
  timeZone: 'America/New_York',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
  timeOff: [],
  promise: {
    regular: { kind: 'within-hours', hours: 24 },
    afterHours: { kind: 'next-business-day-by', time: '12:00' },
  },
  emergency: { situations: ['The website is down'], keywords: ['outage'], channel: 'Call Alex on 555-0100' },
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
  notes: '',
};

/** What the preview should say, with the page's defaults: friendly, English, the 24-hour clock. */
function expected(profile: ClientProfile, kind: StatementOptions['kind'], language: StatementOptions['language']) {
  return statementFor(profile, { kind, tone: 'friendly', language, clock: '24h', now: new Date() });
}

test('the editor previews the statement from the unsaved profile, in English and German, and copies the signature line', async ({
  context,
  openOptions,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openOptions();
  await saveClients(page, [acme]);
  await page.reload();
  await page.getByRole('button', { name: 'Edit Acme Corp' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Acme Corp' })).toBeVisible();

  const preview = page.getByRole('group', { name: 'What I tell this client' });
  const paragraph = preview.locator('#statement-paragraph');
  const signature = preview.locator('#statement-signature');
  await expect(preview.getByRole('combobox', { name: 'Tone' })).toHaveValue('friendly');
  await expect(preview.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(paragraph).toContainText('Monday to Friday');
  await expect(paragraph).toHaveText(expected(acme, 'paragraph', 'en'));
  await expect(signature).toHaveText(expected(acme, 'signature', 'en'));

  // An unsaved edit: Friday ends at 16:00. The preview follows before anything is saved.
  await page.getByRole('textbox', { name: 'Friday window 1 end' }).fill('16:00');
  const edited: ClientProfile = { ...acme, hours: { ...acme.hours, fri: [{ start: '08:00', end: '16:00' }] } };
  const editedEn = expected(edited, 'paragraph', 'en');
  expect(editedEn).not.toBe(expected(acme, 'paragraph', 'en'));
  await expect(paragraph).toHaveText(editedEn);
  await expect(paragraph).not.toContainText('Monday to Friday, 8');

  // A time the editor cannot read: the preview says what to fix instead of guessing.
  await page.getByRole('textbox', { name: 'Friday window 1 end' }).fill('25:99');
  await expect(preview).toContainText('Fix this first to see the statement: Friday window 1 end');
  await expect(paragraph).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Friday window 1 end' }).fill('16:00');
  await expect(paragraph).toHaveText(editedEn);

  // German.
  await preview.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const german = expected(edited, 'paragraph', 'de');
  expect(german).toContain('Montag');
  await expect(paragraph).toHaveText(german);
  await expect(paragraph).toHaveAttribute('lang', 'de');
  const germanSignature = expected(edited, 'signature', 'de');
  await expect(signature).toHaveText(germanSignature);

  // Copy the signature line, from the keyboard: the status says so, and the clipboard holds the shown line.
  const copy = preview.getByRole('button', { name: 'Copy signature line' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(preview.locator('#statement-signature-status')).toHaveText('Copied');
  await expect(preview.locator('#statement-paragraph-status')).toHaveText('');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await signature.textContent());
  expect(copied).toBe(germanSignature);

  // Nothing was saved by previewing or copying.
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
});

test('my own wording of the paragraph: a misspelt placeholder is named, the fixed one is filled, saved and kept', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await saveClients(page, [acme]);
  await page.reload();
  await page.getByRole('button', { name: 'Edit Acme Corp' }).click();
  const preview = page.getByRole('group', { name: 'What I tell this client' });
  const wording = preview.getByRole('textbox', { name: 'My own wording of the paragraph (optional)' });
  const paragraph = preview.locator('#statement-paragraph');

  await wording.fill('Hello from Acme’s account lead. I answer {hours}.\nUrgent? {channal}');
  await expect(paragraph).toHaveText(
    /^Your wording cannot be used yet: The template uses \{channal\}, which is not a placeholder; the placeholders are \{hours\}/,
  );
  await expect(preview.getByRole('button', { name: 'Copy paragraph' })).toHaveCount(0);
  // Saving is refused at the field, naming the placeholder.
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(preview).toContainText('{channal} is not a placeholder');

  await wording.fill('Hello from Acme’s account lead. I answer {hours}.\nUrgent? {channel}');
  const mine = statementFor(
    { ...acme, statementTemplate: 'Hello from Acme’s account lead. I answer {hours}.\nUrgent? {channel}' },
    { kind: 'paragraph', tone: 'friendly', language: 'en', clock: '24h', now: new Date() },
  );
  expect(mine).toContain('Urgent? Call Alex on 555-0100');
  expect(await paragraph.evaluate((el) => el.textContent)).toBe(mine);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('button', { name: 'Edit Acme Corp' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Edit Acme Corp' }).click();
  await expect(wording).toHaveValue('Hello from Acme’s account lead. I answer {hours}.\nUrgent? {channel}');
});
