/**
 * First install (DESIGN §2 story 1, issue 2 point 6): the options page opens by itself on its
 * onboarding, and completing it creates the first client profile.
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { seriousViolations } from './support/axe.ts';
import { test, expect, extensionPages, readIdb, type BrowserContext, type Page } from './support/extension.ts';

/** The tab the extension opened by itself at `<options page>#onboarding`. */
async function onboardingTab(context: BrowserContext, optionsUrl: string): Promise<Page> {
  const isOnboarding = (p: Page) => p.url() === `${optionsUrl}#onboarding`;
  await expect
    .poll(() => context.pages().some(isOnboarding), { message: 'the onboarding tab opens on first install' })
    .toBe(true);
  const tabs = context.pages().filter(isOnboarding);
  expect(tabs, 'exactly one onboarding tab').toHaveLength(1);
  return tabs[0] as Page;
}

test('the first install opens the onboarding, and completing it creates the first client', async ({
  context,
  worker,
  extensionUrl,
  openOptions,
}) => {
  const optionsUrl = extensionUrl(extensionPages().options);
  const page = await onboardingTab(context, optionsUrl);

  await expect(page.getByRole('heading', { name: 'Welcome to Red Cup' })).toBeVisible();
  const editor = page.getByRole('form', { name: 'Your first client' });
  await expect(editor).toBeVisible();

  await editor.getByRole('textbox', { name: 'Client name' }).fill('Initech');
  await editor.getByRole('textbox', { name: 'Addresses and domains' }).fill('bill@initech.com\ninitech.com');

  // The client's zone is asked for (issue 16 point 6): empty, with the user's own only suggested.
  const zone = editor.getByRole('combobox', { name: 'Time zone' });
  await expect(zone).toHaveValue('');
  await expect(editor.getByRole('button', { name: /^Use my time zone, / })).toBeVisible();
  await editor.getByRole('button', { name: 'Save client' }).click();
  await expect(editor.getByText('choose a time zone').first()).toBeVisible();
  expect(await readIdb<ClientProfile>(worker, 'profiles'), 'nothing saved without a zone').toEqual([]);

  // "Boston" is no IANA name; the picker finds its zone, picked with the keyboard alone.
  await zone.focus();
  await page.keyboard.type('Boston');
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('listbox', { name: 'Time zones' }).getByRole('option');
  await expect(options.first()).toContainText(/Eastern Time — New York \(GMT-[45]\)/);
  await expect(options.first()).toContainText('America/New_York');
  const active = await zone.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toContainText('America/New_York');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/New_York');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(
    editor.getByRole('heading', { name: 'Your first client' }),
    'Enter in the open list picks, it does not submit',
  ).toBeVisible();
  await editor.getByRole('button', { name: 'Save client' }).click();

  // The ordinary settings page, with the new client in the list.
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Initech”.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Red Cup settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Red Cup' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Client profiles' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Client profiles' }).getByRole('listitem')).toContainText('Initech');
  expect(page.url(), 'the onboarding hash is gone, so a reload does not start over').toBe(optionsUrl);

  const stored = await readIdb<ClientProfile>(worker, 'profiles');
  expect(stored.map((p) => ({ name: p.name, match: p.match, timeZone: p.timeZone }))).toEqual([
    { name: 'Initech', match: ['bill@initech.com', 'initech.com'], timeZone: 'America/New_York' },
  ]);

  // With a client stored, the options page opens on the list, not on the onboarding.
  const again = await openOptions();
  await expect(again.getByRole('heading', { name: 'Red Cup settings' })).toBeVisible();
  await expect(again.getByRole('list', { name: 'Client profiles' })).toContainText('Initech');
  await expect(again.getByRole('heading', { name: 'Welcome to Red Cup' })).toHaveCount(0);
});

test('skipping the onboarding stores nothing and leads to the settings page', async ({
  context,
  worker,
  extensionUrl,
}) => {
  const page = await onboardingTab(context, extensionUrl(extensionPages().options));
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('heading', { name: 'Red Cup settings' })).toBeVisible();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  expect(await readIdb(worker, 'profiles')).toEqual([]);
});

test('accessibility: the onboarding has no serious or critical axe-core violation', async ({
  context,
  extensionUrl,
}) => {
  const page = await onboardingTab(context, extensionUrl(extensionPages().options));
  await expect(page.getByRole('form', { name: 'Your first client' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
