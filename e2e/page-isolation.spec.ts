/**
 * What the mail page itself can see of Red Cup and do to it (issue 13 B10). These tests run
 * without the fixture's test-only opening of Red Cup's shadow roots (openShadowRoots: false):
 * the page's own scripts are simulated by code run in its main world, and Red Cup's UI is
 * reached the way DevTools reaches it (CDP `DOM.getDocument({ pierce: true })`), never through
 * the page.
 *
 * With the pill shown and the panel open, a page script finds no mark of Red Cup, no extension
 * URL, no preload link and no open shadow root; a script's click on "Send anyway" (even with the
 * button in hand) sends nothing and records nothing, while the user's own click does both.
 */
import { clientProfile, saveClients } from './support/clients.ts';
import type { CDPSession } from '@playwright/test';
import { test, expect, routeAllMailSites, type Page } from './support/extension.ts';
import { addRecipient, newPopup, openGmail, sendButton, sent, writeMessage } from './support/gmail-site.ts';
import { shadowElement, ledger, scriptClick, userClick, type ShadowElement } from './support/guard.ts';

test.use({ openShadowRoots: false });

const acmeOutside = () => clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'outside' });

/** A Gmail page with a compose to Acme after hours, its pill shown and Send pressed: the panel is open. */
async function panelOpen(page: Page, cdp: CDPSession, subject: string): Promise<ShadowElement> {
  await openGmail(page);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, subject, 'It can wait until the morning.');
  await shadowElement(
    cdp,
    (el) =>
      el.attributes.role === 'status' && el.attributes['aria-label'] === 'Red Cup' && el.text.includes('after hours'),
  );
  await sendButton(compose).click();
  return shadowElement(cdp, (el) => el.attributes.role === 'dialog' && /boundary/.test(el.text));
}

const button = (cdp: CDPSession, name: RegExp) => shadowElement(cdp, (el) => el.tag === 'button' && name.test(el.text));

/** What any script of the page can find out about Red Cup from the page itself. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const extensionUrl = /(chrome|moz)-extension:\/\/[^\s"')]*/g;
    return {
      marks: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => /red-?cup/i.test(a.name) || /red-?cup/i.test(a.value))
          .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
      ),
      extensionUrls: document.documentElement.outerHTML.match(extensionUrl) ?? [],
      preloads: [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => l.outerHTML),
      openShadowRoots: all.filter((el) => el.shadowRoot !== null).map((el) => el.localName),
    };
  });
}

test('with the pill shown and the panel open, the page finds no mark, no extension URL and no open shadow root', async ({
  context,
  openOptions,
  extensionId,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acmeOutside()]);
  await options.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await panelOpen(page, cdp, 'Tomorrow is fine');
  // The triage step too: it loads the most (the request view, the questions).
  await userClick(page, cdp, await button(cdp, /emergency/));
  await button(cdp, /^Send anyway/);

  const seen = await whatThePageSees(page);
  expect(seen).toEqual({ marks: [], extensionUrls: [], preloads: [], openShadowRoots: [] });
  // The extension's fixed id is nowhere the page can read: not in its DOM, not in what it loaded.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(loaded.filter((url) => url.includes(extensionId))).toEqual([]);
});

test('a page script’s click on "Send anyway" sends nothing and records nothing; the user’s own click sends', async ({
  context,
  openOptions,
  worker,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acmeOutside()]);
  await options.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await panelOpen(page, cdp, 'Pressed by the page');
  const sentBefore = (await sent(page)).length;

  await userClick(page, cdp, await button(cdp, /emergency/));
  const anyway = await button(cdp, /^Send anyway/);
  await scriptClick(cdp, anyway);
  // Give a send that should not happen the time it would take (the site sends on the click).
  await page.waitForTimeout(1_000);
  expect((await sent(page)).length).toBe(sentBefore);
  expect((await ledger(worker)).map((e) => e.kind)).toEqual([]);
  await button(cdp, /^Send anyway/); // the panel is still open, on triage

  // The same button, pressed by the user: the reply goes out and is recorded.
  await userClick(page, cdp, anyway);
  await expect.poll(async () => (await sent(page)).map((m) => m.subject)).toContain('Pressed by the page');
  await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-anyway']);
});
