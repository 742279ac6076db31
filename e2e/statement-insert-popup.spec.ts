/**
 * The popup while composing (issue 15): "Insert my boundaries" and "Insert signature line" put
 * the statement into the focused compose of the mail tab, where the caret was, and it is sent
 * with the message.
 */
import { clientProfile, saveClients } from './support/clients.ts';
import { test, expect, routeAllMailSites } from './support/extension.ts';
import { addRecipient, newPopup, openGmail, pill, sendButton, sent, writeMessage } from './support/gmail-site.ts';
import { mailTabId, popupFor } from './support/popup.ts';
import { bodyText, expectedStatement } from './support/statement.ts';

test('the popup inserts both statements into the compose, which sends them', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  const acme = clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' });
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acme]);
  await options.close();
  const page = await context.newPage();
  await openGmail(page);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'From the popup', 'Thanks.');
  await expect(pill(compose)).toContainText('inside hours');

  const popup = await popupFor(context, extensionUrl, await mailTabId(worker, 'mail.google.com'));
  const section = popup.getByRole('region', { name: 'This compose' });
  const tell = section.getByRole('group', { name: 'Tell the client' });
  await tell.getByRole('button', { name: 'Insert my boundaries' }).click();
  await expect(tell.getByRole('status')).toHaveText('Your boundaries for Acme Corp are in the message.');
  await tell.getByRole('button', { name: 'Insert signature line' }).click();
  await expect(tell.getByRole('status')).toHaveText('Your signature line for Acme Corp is in the message.');

  const body = compose.locator('[contenteditable=true][g_editable=true]');
  const paragraph = expectedStatement(acme, 'paragraph');
  const signature = expectedStatement(acme, 'signature');
  // At the caret the user left in the body, one after the other.
  await expect.poll(() => bodyText(body)).toContain(`Thanks.${paragraph}${signature}`);
  await page.bringToFront();
  await sendButton(compose).click();
  await expect.poll(async () => (await sent(page)).map((m) => m.body)).toEqual([`Thanks.${paragraph}${signature}`]);
});
