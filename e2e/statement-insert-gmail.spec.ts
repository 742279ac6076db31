/**
 * "Insert my boundaries" / "Insert signature line" from the pill's menu in the simulated Gmail
 * (issue 15), in each compose kind it has: pop-up, full screen, inline reply and the pop-out
 * window. Each inserts both statements with the keyboard, undoes them with Ctrl+Z, inserts them
 * again and sends inside the client's hours; the Sent list holds the text. Also: the menu's
 * keyboard (Escape gives the focus back to the pill), no client (disabled, with the reason) and
 * several clients (the second step). Client hours are built around the real clock.
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { clientProfile, saveClients } from './support/clients.ts';
import type { Locator } from '@playwright/test';
import { test, expect, routeAllMailSites, type BrowserContext, type Page } from './support/extension.ts';
import {
  addRecipient,
  inlineReply,
  newPopup,
  openGmail,
  pill,
  sendButton,
  sent,
  sentList,
  writeMessage,
} from './support/gmail-site.ts';
import {
  bodyText,
  expectedStatement,
  insertWithKeyboard,
  ITEM,
  openPillMenu,
  pillButton,
  pillMenu,
} from './support/statement.ts';

const acmeInside = () =>
  clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside', situations: ['Site down'] });
const globexInside = () => clientProfile({ id: 'globex', name: 'Globex', match: ['globex.co.uk'], state: 'inside' });

async function gmailWith(context: BrowserContext, openOptions: () => Promise<Page>, profiles: ClientProfile[]) {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, profiles);
  await options.close();
  const page = await context.newPage();
  await openGmail(page);
  return page;
}

const bodyOf = (compose: Locator) => compose.locator('[contenteditable=true][g_editable=true]');

/**
 * Both statements in, each undone with Ctrl+Z, both in again, then Send: the sent message has
 * the user's text and both statements.
 */
async function insertUndoAndSend(page: Page, compose: Locator, acme: ClientProfile, sentFrom: Page = page) {
  const body = bodyOf(compose);
  const paragraph = expectedStatement(acme, 'paragraph');
  const signature = expectedStatement(acme, 'signature');
  await expect(pill(compose)).toContainText('Acme Corp · inside hours');

  await insertWithKeyboard(page, pill(compose), 'paragraph');
  // At the caret: after what the user typed.
  await expect.poll(() => bodyText(body)).toContain(`Thanks.${paragraph}`);
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => bodyText(body)).not.toContain(paragraph);
  expect(await bodyText(body)).toContain('Thanks.');

  await insertWithKeyboard(page, pill(compose), 'signature');
  await expect.poll(() => bodyText(body)).toContain(signature);
  await page.keyboard.press('Control+z');
  await expect.poll(() => bodyText(body)).not.toContain(signature);

  await insertWithKeyboard(page, pill(compose), 'paragraph');
  await page.keyboard.press('Enter');
  await insertWithKeyboard(page, pill(compose), 'signature');
  await expect.poll(() => bodyText(body)).toContain(signature);
  await sendButton(compose).click();
  await expect.poll(async () => (await sent(sentFrom)).length).toBe(1);
  const [message] = await sent(sentFrom);
  expect(message?.body).toContain(`Thanks.${paragraph}`);
  expect(message?.body).toContain(signature);
}

test('a pop-up compose: the menu by keyboard, both statements, Ctrl+Z, and Send', async ({ context, openOptions }) => {
  const acme = acmeInside();
  const page = await gmailWith(context, openOptions, [acme]);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'Kick-off', 'Thanks.');
  await insertUndoAndSend(page, compose, acme);
  await expect(sentList(page)).toContainText('jane@acme.com');
});

test('a full-screen compose', async ({ context, openOptions }) => {
  const acme = acmeInside();
  const page = await gmailWith(context, openOptions, [acme]);
  const compose = await newPopup(page);
  await compose.getByRole('button', { name: /^Full screen/ }).click();
  await expect(page.locator('.aSs .aSt [role=dialog] .aaZ')).toBeVisible();
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'Kick-off', 'Thanks.');
  await insertUndoAndSend(page, compose, acme);
});

test('an inline reply: the statement goes at the caret, above the quoted message', async ({ context, openOptions }) => {
  const acme = acmeInside();
  const page = await gmailWith(context, openOptions, [acme]);
  const compose = await inlineReply(page);
  await page.keyboard.type('Thanks.');
  await insertUndoAndSend(page, compose, acme);
});

test('the pop-out compose window', async ({ context, openOptions }) => {
  const acme = acmeInside();
  const page = await gmailWith(context, openOptions, [acme]);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'Popped', '');
  const [popout] = await Promise.all([
    context.waitForEvent('page'),
    compose.getByRole('button', { name: /^Pop-out$/ }).click(),
  ]);
  await expect(popout.locator('body.xE.xp')).toBeVisible();
  const popoutCompose = popout.getByRole('main');
  await bodyOf(popoutCompose).click();
  await popout.keyboard.type('Thanks.');
  // The pop-out closes once sent: the main window's Sent list has the message.
  await insertUndoAndSend(popout, popoutCompose, acme, page);
});

test('the menu’s keyboard: arrows wrap, Escape closes and gives the focus back to the pill', async ({
  context,
  openOptions,
}) => {
  const page = await gmailWith(context, openOptions, [acmeInside()]);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await expect(pill(compose)).toContainText('Acme Corp');
  const menu = await openPillMenu(page, pill(compose));
  await expect(menu.getByRole('menuitem')).toHaveText([ITEM.paragraph, ITEM.signature]);
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: ITEM.signature })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: ITEM.paragraph })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(pillButton(pill(compose))).toBeFocused();
  // The compose is still there: Gmail did not take Escape.
  await expect(compose).toBeVisible();
});

test('no client among the recipients: the items are disabled and say why', async ({ context, openOptions }) => {
  const page = await gmailWith(context, openOptions, [acmeInside()]);
  const compose = await newPopup(page);
  await addRecipient(compose, 'priya@umbrella.io');
  await expect(pill(compose)).toContainText('not guarded');
  const menu = await openPillMenu(page, pill(compose));
  const first = menu.getByRole('menuitem', { name: ITEM.paragraph });
  await expect(first).toHaveAttribute('aria-disabled', 'true');
  await expect(first).toHaveAccessibleDescription('No client is among the recipients.');
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  expect((await bodyText(bodyOf(compose))).trim()).toBe('');
});

test('several clients: a second step lists them, and the chosen one’s statement goes in', async ({
  context,
  openOptions,
}) => {
  const globex = globexInside();
  const page = await gmailWith(context, openOptions, [acmeInside(), globex]);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await addRecipient(compose, 'ops@globex.co.uk');
  await expect(pill(compose)).toContainText('inside hours');
  const menu = await openPillMenu(page, pill(compose));
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAccessibleName('Boundaries for which client?');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText(['Acme Corp', 'Globex']);
  await expect(menu.getByRole('menuitem', { name: 'Acme Corp' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(pillMenu(page)).toHaveCount(0);
  await expect.poll(() => bodyText(bodyOf(compose))).toContain(expectedStatement(globex, 'paragraph'));
});
