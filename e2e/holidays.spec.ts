/**
 * A client's public holidays as time off, end to end (issue 15.3): the user picks a country and
 * region in the profile editor (keyboard-operable selects, a labelled switch per day), saves, and
 * a Send on one of those holidays in the simulated Gmail is held with the panel naming it.
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { seriousViolations } from './support/axe.ts';
import { saveClients } from './support/clients.ts';
import { test, expect, readIdb, routeAllMailSites } from './support/extension.ts';
import { addRecipient, newPopup, openGmail, pill, sendButton, sent, writeMessage } from './support/gmail-site.ts';
import { guardPanel } from './support/guard.ts';
import { setWorkerClock } from './support/worker-clock.ts';

const allDay = [{ start: '00:00', end: '24:00' }];

/** Open every hour of every day: only a holiday can close it. */
const acme: ClientProfile = {
  id: 'holiday-acme',
  name: 'Acme Corp',
  color: '#d62828',
  match: ['acme.co.uk'],
  timeZone: 'Europe/London',
  hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  timeOff: [],
  promise: { regular: { kind: 'within-hours', hours: 24 } },
  emergency: { situations: [], keywords: [], channel: '' },
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
  notes: '',
};

/** The next Christmas Day at noon in London, at least a day ahead of the real clock. */
function nextChristmasNoon(now = new Date()): Date {
  const year = now.getUTCFullYear();
  const thisYear = new Date(Date.UTC(year, 11, 25, 12));
  return thisYear.getTime() - now.getTime() > 86_400_000 ? thisYear : new Date(Date.UTC(year + 1, 11, 25, 12));
}

test('a country picked in the editor makes its public holiday time off: a Send on Christmas Day is held and the panel names it', async ({
  context,
  openOptions,
  worker,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acme]);
  await options.reload();
  await options.getByRole('button', { name: 'Edit Acme Corp' }).click();
  await expect(options.getByRole('heading', { name: 'Edit Acme Corp' })).toBeVisible();

  const holidays = options.getByRole('group', { name: 'Public holidays' });
  const country = holidays.getByRole('combobox', { name: 'Observe the public holidays of' });
  await expect(country).toHaveValue(''); // none by default
  await expect(holidays).toContainText('Public holiday data: date-holidays, CC BY-SA 3.0');
  await country.selectOption({ label: 'United Kingdom' });
  const region = holidays.getByRole('combobox', { name: 'Region' });
  await region.focus();
  await region.selectOption({ label: 'England' });

  const christmas = nextChristmasNoon();
  const christmasSwitch = holidays.getByRole('switch', { name: /Work that day anyway \(.* Christmas Day\)/ });
  await expect(christmasSwitch).toBeVisible();
  await expect(christmasSwitch).not.toBeChecked();
  // The switch works from the keyboard (Space), and back.
  await christmasSwitch.focus();
  await options.keyboard.press('Space');
  await expect(christmasSwitch).toBeChecked();
  await options.keyboard.press('Space');
  await expect(christmasSwitch).not.toBeChecked();
  expect(await seriousViolations(options, { include: '#field-holidays' })).toEqual([]);

  await options.getByRole('button', { name: 'Save client' }).click();
  await expect(options.getByRole('heading', { name: 'Edit Acme Corp' })).toHaveCount(0);
  const stored = await readIdb<ClientProfile>(worker, 'profiles');
  expect(stored.find((p) => p.id === acme.id)?.holidays).toEqual({ country: 'GB', region: 'ENG', workAnyway: [] });
  expect(stored.find((p) => p.id === acme.id)?.timeOff).toEqual([]); // the choice is stored, not the dates

  // The worker's clock on Christmas Day; the client is otherwise open all day.
  await setWorkerClock(worker, christmas);
  const page = await context.newPage();
  await openGmail(page);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.co.uk');
  await writeMessage(compose, 'Quote', 'Here is the quote.');
  await expect(pill(compose)).toContainText('Acme Corp · time off · next window');
  await sendButton(compose).click();

  const panel = guardPanel(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Christmas Day');
  expect(await sent(page)).toEqual([]);
});
