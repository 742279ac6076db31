/**
 * "Insert my boundaries" / "Insert signature line" from the pill's menu in the simulated Outlook
 * on the web (issue 15), in both compose kinds it has: a new message and the inline reply. Each
 * inserts both statements with the keyboard, undoes them with Ctrl+Z, inserts them again and
 * sends inside the client's hours; Sent Items holds the text.
 */
import type { Locator } from '@playwright/test';
import type { ClientProfile } from '../src/core/profile.ts';
import { clientProfile, saveClients } from './support/clients.ts';
import { test, expect, routeAllMailSites, type BrowserContext, type Page } from './support/extension.ts';
import {
  addRecipient,
  newMessage,
  openOutlook,
  pill,
  reply,
  sendButton,
  sent,
  sentList,
  writeMessage,
} from './support/outlook-site.ts';
import { bodyText, expectedStatement, insertWithKeyboard, openPillMenu, pillButton } from './support/statement.ts';

const globexInside = () =>
  clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'inside', situations: ['Site down'] });

async function outlookWith(context: BrowserContext, openOptions: () => Promise<Page>, profiles: ClientProfile[]) {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, profiles);
  await options.close();
  const page = await context.newPage();
  await openOutlook(page);
  return page;
}

const bodyOf = (compose: Locator) => compose.getByRole('textbox', { name: /^Message body/ });

async function insertUndoAndSend(page: Page, compose: Locator, client: ClientProfile) {
  const body = bodyOf(compose);
  const paragraph = expectedStatement(client, 'paragraph');
  const signature = expectedStatement(client, 'signature');
  await expect(pill(compose)).toContainText('Globex · inside hours');

  await insertWithKeyboard(page, pill(compose), 'paragraph');
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
  await expect(sentList(page)).toContainText('globex.com');
  const messages = await sent(page);
  expect(messages).toHaveLength(1);
  expect(messages[0]?.body).toContain(`Thanks.${paragraph}`);
  expect(messages[0]?.body).toContain(signature);
}

test('a new message: the menu by keyboard, both statements, Ctrl+Z, and Send', async ({ context, openOptions }) => {
  const globex = globexInside();
  const page = await outlookWith(context, openOptions, [globex]);
  const compose = await newMessage(page);
  await addRecipient(compose, 'ops@globex.com');
  await writeMessage(compose, 'Kick-off', 'Thanks.');
  await insertUndoAndSend(page, compose, globex);
});

test('an inline reply', async ({ context, openOptions }) => {
  const globex = globexInside();
  const page = await outlookWith(context, openOptions, [globex]);
  const compose = await reply(page);
  await page.keyboard.type('Thanks.');
  await insertUndoAndSend(page, compose, globex);
});

test('Escape closes the menu and gives the focus back to the pill; the compose stays', async ({
  context,
  openOptions,
}) => {
  const page = await outlookWith(context, openOptions, [globexInside()]);
  const compose = await newMessage(page);
  await addRecipient(compose, 'ops@globex.com');
  await expect(pill(compose)).toContainText('Globex');
  const menu = await openPillMenu(page, pill(compose));
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(pillButton(pill(compose))).toBeFocused();
  await expect(compose).toBeVisible();
});
