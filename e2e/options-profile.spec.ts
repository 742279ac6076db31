/**
 * Creating a client profile in the options page with the keyboard alone (issue 2, point 9):
 * Tab and Shift+Tab to reach each control, typing, Enter, Space and arrow keys — no clicks, no
 * fill(), no focus(). What was typed must be in IndexedDB (read inside the worker), and the
 * popup must still show the client after the worker was stopped and started again.
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { seriousViolations } from './support/axe.ts';
import { boundaryAt, statusPattern } from './support/boundary.ts';
import { clientProfile, saveClients } from './support/clients.ts';
import {
  test,
  expect,
  callWorker,
  readIdb,
  serviceWorkerOf,
  stopServiceWorker,
  type Page,
} from './support/extension.ts';
import { readProfilesFile } from './support/import.ts';
import { chooseOption, replaceText, tabTo, typeInto, typeLines } from './support/keyboard.ts';

/** From a fresh install (no clients: the options page starts in the onboarding) to the empty editor. */
async function openNewClientEditor(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Your first client' })).toBeVisible();
  // Leave the onboarding for the ordinary page, then "Add client" — all from the keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Skip for now' }), { max: 120 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Red Cup settings' })).toBeVisible();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add client' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();
}

test('a client profile can be created with the keyboard alone, and the popup shows it after a worker restart', async ({
  context,
  worker,
  openOptions,
  openPopup,
}) => {
  const page = await openOptions();
  await openNewClientEditor(page);

  // Who the client is.
  await typeInto(page, page.getByRole('textbox', { name: 'Client name' }), 'Acme Corp');
  await tabTo(page, page.getByRole('textbox', { name: 'Addresses and domains' }));
  await typeLines(page, ['jane.doe@acme-partners.com', 'acme.com']);
  await expect(page.getByRole('textbox', { name: 'Addresses and domains' })).toHaveValue(
    'jane.doe@acme-partners.com\nacme.com',
  );

  // The time zone, through the searchable combobox.
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await tabTo(page, zone);
  await replaceText(page, 'new york');
  const zones = page.getByRole('listbox', { name: 'Time zones' });
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  await expect(zones.getByRole('option').first()).toContainText('America/New_York');
  await page.keyboard.press('ArrowDown');
  const active = await zone.getAttribute('aria-activedescendant');
  expect(active, 'the combobox points at the option the arrow keys reached').toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toContainText('America/New_York');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/New_York');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(
    page.getByRole('heading', { name: 'New client' }),
    'Enter in the open list picks, it does not submit',
  ).toBeVisible();

  // Weekly hours: Friday ends at 1 pm (typed the lenient way), a second Friday window in the
  // afternoon, and an overnight Saturday window.
  const fridayEnd = page.getByRole('textbox', { name: 'Friday window 1 end' });
  await typeInto(page, fridayEnd, '1pm');
  await tabTo(page, page.getByRole('button', { name: 'Add window to Friday' }));
  await expect(fridayEnd, 'a time is tidied up once the user leaves the box').toHaveValue('13:00');
  await page.keyboard.press('Enter');
  const friday2Start = page.getByRole('textbox', { name: 'Friday window 2 start' });
  await expect(friday2Start, 'focus moves into the new window').toBeFocused();
  await expect(friday2Start, 'a new window starts where the last one ended').toHaveValue('13:00');
  await replaceText(page, '14:00');
  await typeInto(page, page.getByRole('textbox', { name: 'Friday window 2 end' }), '16:30');

  await tabTo(page, page.getByRole('button', { name: 'Add window to Saturday' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Saturday window 1 start' })).toBeFocused();
  await replaceText(page, '22:00');
  await typeInto(page, page.getByRole('textbox', { name: 'Saturday window 1 end' }), '2:00');
  const overnight = page.getByRole('checkbox', { name: 'Saturday window 1 ends next day' });
  await tabTo(page, overnight);
  await page.keyboard.press('Space');
  await expect(overnight).toBeChecked();

  // The promise: within 24 hours; after hours, by noon the next business day.
  const promiseKind = page.getByRole('combobox', { name: 'Promise', exact: true });
  await tabTo(page, promiseKind);
  await chooseOption(page, promiseKind, 'Within a number of hours');
  await typeInto(page, page.getByRole('textbox', { name: 'Promise hours' }), '24');
  const afterHoursOn = page.getByRole('checkbox', { name: 'Different promise for requests that arrive outside hours' });
  await tabTo(page, afterHoursOn);
  await page.keyboard.press('Space');
  await expect(afterHoursOn).toBeChecked();
  const afterHoursKind = page.getByRole('combobox', { name: 'After-hours promise', exact: true });
  await tabTo(page, afterHoursKind);
  await chooseOption(page, afterHoursKind, 'By a time on the next business day');
  await typeInto(page, page.getByRole('textbox', { name: 'After-hours promise by time' }), '12pm');

  await typeInto(page, page.getByRole('textbox', { name: 'Emergency channel' }), 'Call Alex on 555-0100');

  // Save from the keyboard, and see it confirmed.
  await tabTo(page, page.getByRole('button', { name: 'Save client' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Acme Corp”.' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Client profiles' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('Acme Corp');
  await expect(list.getByRole('listitem').first()).toContainText('America/New_York');

  // What is stored, read inside the worker.
  const stored = await readIdb<ClientProfile>(worker, 'profiles');
  expect(stored).toHaveLength(1);
  const [acme] = stored as [ClientProfile];
  expect(acme.name).toBe('Acme Corp');
  expect(acme.timeZone).toBe('America/New_York');
  expect(acme.match).toEqual(['jane.doe@acme-partners.com', 'acme.com']);
  expect(acme.hours.fri).toEqual([
    { start: '09:00', end: '13:00' },
    { start: '14:00', end: '16:30' },
  ]);
  expect(acme.hours.sat).toEqual([{ start: '22:00', end: '02:00', overnight: true }]);
  expect(acme.hours.sun).toEqual([]);
  expect(acme.promise).toEqual({
    regular: { kind: 'within-hours', hours: 24 },
    afterHours: { kind: 'next-business-day-by', time: '12:00' },
  });
  expect(acme.emergency.channel).toBe('Call Alex on 555-0100');
  expect(acme.id).toMatch(/\S/);

  // Stop the worker; the popup's own messages start a fresh one, which still knows the client.
  await worker.evaluate(() => {
    (globalThis as { beforeStop?: boolean }).beforeStop = true;
  });
  await stopServiceWorker(context);
  const before = new Date();
  const popup = await openPopup();
  const clients = popup.getByRole('list', { name: 'Clients' });
  await expect(clients.getByRole('listitem')).toHaveCount(1);
  const item = clients.getByRole('listitem').first();
  await expect(item).toContainText('Acme Corp');
  const statusLine = item.locator('.rc-status__text');
  await expect(statusLine).toHaveText(/^(Inside|Outside) hours/);
  const shown = (await statusLine.textContent()) ?? '';
  const after = new Date();
  // Right now in New York, against the hours typed above (either side of the read, in case a
  // window opened or closed in between).
  const expected = [before, after].map((t) => statusPattern(boundaryAt(acme.hours, acme.timeZone, t)));
  expect(
    expected.some((p) => p.test(shown)),
    `popup says "${shown}"; expected ${expected.map(String).join(' or ')}`,
  ).toBe(true);
  const restarted = await serviceWorkerOf(context);
  expect(await restarted.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop ?? false)).toBe(false);

  // The way from the popup to the settings, from the keyboard too.
  const settingsButton = popup.getByRole('button', { name: 'Open Red Cup settings' });
  await expect(settingsButton).toBeVisible();
  for (const other of context.pages()) if (other !== popup) await other.close();
  await tabTo(popup, settingsButton);
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/pages/options/') });
  await popup.keyboard.press('Enter');
  const options = await opened;
  await expect(options.getByRole('list', { name: 'Client profiles' }).getByRole('listitem')).toContainText('Acme Corp');
});

test('an impossible time in the hours editor is named inline and nothing is saved or lost', async ({
  worker,
  openOptions,
}) => {
  const page = await openOptions();
  await openNewClientEditor(page);

  await typeInto(page, page.getByRole('textbox', { name: 'Client name' }), 'Globex');
  await tabTo(page, page.getByRole('textbox', { name: 'Addresses and domains' }));
  await typeLines(page, ['globex.com']);
  const mondayEnd = page.getByRole('textbox', { name: 'Monday window 1 end' });
  await typeInto(page, mondayEnd, '25:99');

  await tabTo(page, page.getByRole('button', { name: 'Save client' }));
  await page.keyboard.press('Enter');

  // The summary at the top takes focus and names the problem; the field says it too.
  const summary = page.getByRole('alert').filter({ hasText: 'This client was not saved' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveCount(1);
  await expect(summary.getByRole('listitem')).toContainText('Monday window 1 end');
  await expect(summary.getByRole('listitem')).toContainText('“25:99” is not a time');
  await expect(mondayEnd).toHaveAttribute('aria-invalid', 'true');
  await expect(mondayEnd).toHaveAccessibleDescription(/“25:99” is not a time/);

  // Nothing saved; everything typed is still there.
  expect(await readIdb(worker, 'profiles')).toEqual([]);
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Client name' })).toHaveValue('Globex');
  await expect(page.getByRole('textbox', { name: 'Addresses and domains' })).toHaveValue('globex.com');
  await expect(mondayEnd).toHaveValue('25:99');

  // The summary's entry leads to the field; fixing it lets the client be saved.
  await tabTo(page, summary.getByRole('button', { name: /Monday window 1 end/ }));
  await page.keyboard.press('Enter');
  await expect(mondayEnd).toBeFocused();
  // Typing "17:30" passes through "17" (a valid time: the summary goes) and "17:" (invalid
  // again: it comes back). Focus must stay in the field the whole time, and no key be lost.
  await replaceText(page, '17:30');
  await expect(mondayEnd).toBeFocused();
  await expect(mondayEnd).toHaveValue('17:30');
  await expect(summary, 'problems update as the user types once a save failed').toBeHidden();
  await expect(mondayEnd).not.toHaveAttribute('aria-invalid');
  await tabTo(page, page.getByRole('button', { name: 'Save client' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Globex”.' })).toBeVisible();
  const stored = await readIdb<ClientProfile>(worker, 'profiles');
  expect(stored.map((p) => [p.name, p.match, p.hours.mon])).toEqual([
    ['Globex', ['globex.com'], [{ start: '09:00', end: '17:30' }]],
  ]);
});

/**
 * Issue 13 C14: two options pages editing the same client. The later save, edited from the
 * revision both opened, is refused (nothing is overwritten) with a "Reload" that shows the
 * other page's change; and a save from a page that still shows a client deleted in the other
 * page does not bring it back.
 */
test('a save from a second options page that is out of date is refused with "Reload", and never brings a deleted client back', async ({
  worker,
  openOptions,
}) => {
  const [acme, globex] = readProfilesFile('two-clients.json').profiles as [ClientProfile, ClientProfile];
  const first = await openOptions();
  for (const profile of [acme, globex]) expect((await callWorker(first, 'profiles/save', profile)).ok).toBe(true);
  await first.reload();
  const second = await openOptions();
  const notes = (page: Page) => page.getByRole('textbox', { name: 'Notes' });
  const storedAcme = async () => (await readIdb<ClientProfile>(worker, 'profiles')).find((p) => p.id === acme.id);

  // Both pages open Acme; the first saves its change.
  for (const page of [first, second]) {
    await page.getByRole('button', { name: `Edit ${acme.name}` }).click();
    await expect(page.getByRole('heading', { name: `Edit ${acme.name}` })).toBeVisible();
  }
  await notes(first).fill('Written in the first window');
  await first.getByRole('button', { name: 'Save client' }).click();
  await expect(first.getByRole('status').filter({ hasText: `Saved “${acme.name}”.` })).toBeVisible();

  // The second page's save is refused: nothing overwritten, and it says why.
  await notes(second).fill('Written in the second window');
  await second.getByRole('button', { name: 'Save client' }).click();
  const refusal = second.getByRole('alert').filter({ hasText: 'This client was not saved.' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText(
    `“${acme.name}” was changed in another window after you opened it, so your changes were not saved.`,
  );
  expect((await storedAcme())?.notes).toBe('Written in the first window');

  // "Reload" shows the first page's change; saving from there works.
  await refusal.getByRole('button', { name: 'Reload' }).click();
  await expect(refusal).toBeHidden();
  await expect(notes(second)).toHaveValue('Written in the first window');
  await notes(second).fill('Written in the second window, after reloading');
  await second.getByRole('button', { name: 'Save client' }).click();
  await expect(second.getByRole('status').filter({ hasText: `Saved “${acme.name}”.` })).toBeVisible();
  expect(await storedAcme()).toMatchObject({ notes: 'Written in the second window, after reloading', revision: 3 });

  // The second page edits Globex while the first deletes it: the save must not bring it back.
  await second.getByRole('button', { name: `Edit ${globex.name}` }).click();
  await first.reload();
  await first.getByRole('button', { name: `Delete ${globex.name}` }).click();
  await first.getByRole('alertdialog').getByRole('button', { name: 'Delete client' }).click();
  await expect(first.getByRole('status').filter({ hasText: `Deleted “${globex.name}”` })).toBeVisible();

  await notes(second).fill('Edited after it was deleted elsewhere');
  await second.getByRole('button', { name: 'Save client' }).click();
  const gone = second.getByRole('alert').filter({ hasText: 'This client was not saved.' });
  await expect(gone).toContainText(
    `“${globex.name}” was deleted in another window after you opened it, so it was not saved.`,
  );
  expect((await readIdb<ClientProfile>(worker, 'profiles')).map((p) => p.id)).toEqual([acme.id]);

  await gone.getByRole('button', { name: 'Reload' }).click();
  await expect(second.getByRole('list', { name: 'Client profiles' }).locator('.rc-profile__name')).toHaveText([
    acme.name,
  ]);
  expect((await readIdb<ClientProfile>(worker, 'profiles')).map((p) => p.id)).toEqual([acme.id]);
});

test('accessibility: the settings page with a client, and its editor, have no serious or critical axe-core violation', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await saveClients(page, [clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' })]);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Client profiles' })).toContainText('Acme Corp');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Edit Acme Corp' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Acme Corp' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
