/**
 * The compose guard in the simulated Outlook on the web (issue 3): a new message and a reply,
 * inside and outside a client's boundary, the panel, triage, Ctrl+Enter, two composes at once,
 * a recipient still unresolved text, Outlook's own Schedule send, and a profile that asks for
 * local delivery (the reply goes to Red Cup's queue, the compose is discarded). Client hours are built
 * around the real clock (e2e/support/clients.ts).
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { clientProfile, nextWindowOf, saveClients } from './support/clients.ts';
import { test, expect, routeAllMailSites, type BrowserContext, type Page } from './support/extension.ts';
import { guardPanel, ledger, queue } from './support/guard.ts';
import {
  addRecipient,
  newMessage,
  openOutlook,
  pill,
  reply,
  scheduled,
  scheduledList,
  sendButton,
  sent,
  sentList,
  writeMessage,
} from './support/outlook-site.ts';

const globexOutside = () =>
  clientProfile({
    id: 'globex',
    name: 'Globex',
    match: ['globex.com'],
    state: 'outside',
    situations: ['The website is down'],
  });
const acmeInside = () => clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' });
const initechOutside = () =>
  clientProfile({ id: 'initech', name: 'Initech', match: ['initech.com'], state: 'outside', zone: 'Australia/Sydney' });

async function withClients(
  context: BrowserContext,
  openOptions: () => Promise<Page>,
  profiles: ClientProfile[],
): Promise<Page> {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, profiles);
  await options.close();
  const page = await context.newPage();
  await openOutlook(page);
  return page;
}

test('inside the boundary a new message is sent at once', async ({ context, openOptions, worker }) => {
  const page = await withClients(context, openOptions, [acmeInside()]);
  const compose = await newMessage(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'Status', 'All good.');
  await expect(pill(compose)).toContainText('Acme Corp · inside hours until');
  await sendButton(compose).click();
  await expect(sentList(page)).toContainText('jane@acme.com');
  await expect(compose).toHaveCount(0);
  await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-inside']);
});

test('outside: the panel opens, and "Send at" schedules with Outlook at the next window', async ({
  context,
  openOptions,
  worker,
}) => {
  const globex = globexOutside();
  const page = await withClients(context, openOptions, [globex]);
  const compose = await newMessage(page);
  await addRecipient(compose, 'bob@globex.com', 'semicolon');
  await writeMessage(compose, 'Plan', 'Attached.');
  await expect(pill(compose)).toContainText('Globex · after hours · next window');
  await sendButton(compose).click();
  const panel = guardPanel(page);
  await expect(panel.getByRole('button', { name: /^Send / })).toBeFocused();
  await page.keyboard.press('Enter');
  const due = nextWindowOf(globex).toISOString();
  await expect(scheduledList(page)).toContainText('bob@globex.com');
  expect((await scheduled(page)).map((m) => ({ to: m.to, at: m.at }))).toEqual([{ to: ['bob@globex.com'], at: due }]);
  expect(await sent(page)).toEqual([]);
  expect((await queue(worker)).map((e) => ({ status: e.status, dueAt: e.dueAt, provider: e.provider }))).toEqual([
    { status: 'handed-off', dueAt: due, provider: 'outlook' },
  ]);
});

test('a reply: triage shows the client’s request; real emergency sends now', async ({
  context,
  openOptions,
  worker,
}) => {
  const page = await withClients(context, openOptions, [globexOutside()]);
  const compose = await reply(page);
  await page.keyboard.type('Looking now.');
  await expect(pill(compose)).toContainText('after hours');
  await page.keyboard.press('Control+Enter');
  const panel = guardPanel(page);
  await panel
    .getByRole('button', { name: /emergency/i })
    .first()
    .click();
  await expect(panel.getByRole('region', { name: 'The message you are answering' })).toContainText(
    'the website is down',
  );
  await expect(panel.locator('mark', { hasText: 'the website is down' })).toBeVisible();
  await panel.getByRole('button', { name: /^Real emergency/ }).click();
  await expect(sentList(page)).toContainText('bob@globex.com');
  await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-emergency']);
});

test('red cup from triage schedules; send anyway sends and is recorded', async ({ context, openOptions, worker }) => {
  const globex = globexOutside();
  const page = await withClients(context, openOptions, [globex]);
  const first = await newMessage(page);
  await addRecipient(first, 'bob@globex.com');
  await sendButton(first).click();
  await guardPanel(page)
    .getByRole('button', { name: /emergency/i })
    .first()
    .click();
  await guardPanel(page)
    .getByRole('button', { name: /^Red cup/ })
    .click();
  await expect(scheduledList(page)).toContainText('bob@globex.com');
  const second = await newMessage(page);
  await addRecipient(second, 'bob@globex.com');
  await sendButton(second).click();
  await guardPanel(page)
    .getByRole('button', { name: /emergency/i })
    .first()
    .click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send anyway/ })
    .click();
  await expect(sentList(page)).toContainText('bob@globex.com');
  await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['scheduled', 'sent-anyway']);
});

test('two composes to two clients at once; an unresolved address is checked at Send', async ({
  context,
  openOptions,
}) => {
  const globex = globexOutside();
  const initech = initechOutside();
  const page = await withClients(context, openOptions, [globex, initech, acmeInside()]);
  const a = await newMessage(page);
  await addRecipient(a, 'jane@acme.com');
  await expect(pill(a)).toContainText('inside hours');
  await addRecipient(a, 'bob@globex.com', 'typed'); // still plain text, not a chip
  const b = await newMessage(page);
  await addRecipient(b, 'sam@initech.com');
  await expect(pill(b)).toContainText('Initech');
  await sendButton(b).click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(scheduledList(page)).toContainText('sam@initech.com');
  expect((await scheduled(page)).map((m) => m.at)).toEqual([nextWindowOf(initech).toISOString()]);
  await expect(a).toBeVisible();
  await sendButton(a).click();
  await expect(guardPanel(page)).toBeVisible();
  await expect(guardPanel(page)).toContainText('Globex');
  expect(await sent(page)).toEqual([]);
});

test('a client whose profile asks for local delivery: "Send at" keeps the reply in Red Cup\'s queue and discards the compose', async ({
  context,
  openOptions,
  worker,
}) => {
  const globex = {
    ...globexOutside(),
    sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'local' as const },
  };
  const page = await withClients(context, openOptions, [globex]);
  const compose = await newMessage(page);
  await addRecipient(compose, 'bob@globex.com');
  await writeMessage(compose, 'Held locally', 'See you in the morning.');
  await expect(pill(compose)).toContainText('after hours');
  await sendButton(compose).click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(compose).toHaveCount(0);
  await expect(guardPanel(page)).toBeHidden();
  const entries = (await queue(worker)).filter((e) => e.subject === 'Held locally');
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    status: 'pending',
    mode: 'local',
    provider: 'outlook',
    account: 'https://outlook.office.com/mail/',
    recipients: ['bob@globex.com'],
  });
  expect(entries[0]!.reply?.html).toContain('See you in the morning.');
  expect(await sent(page)).toEqual([]);
  expect(await scheduled(page)).toEqual([]);
});
