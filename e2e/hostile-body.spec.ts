/**
 * A queued reply's body is markup that Red Cup later inserts into a mail page (issue 13 B7,
 * DESIGN §7): it is sanitised in the compose before it is stored, the worker refuses a body
 * that still holds what the allow-list forbids, and the delivering tab sanitises it again
 * right before insertion. Here the simulated Gmail delivers a reply whose stored body is
 * hostile (as a version before these checks could have stored it): it goes out without the
 * handler, the link's script or the frame, and nothing of it runs in the page.
 */
import type { Page } from '@playwright/test';
import { clientProfile, saveClients } from './support/clients.ts';
import { callWorker, expect, routeAllMailSites, test, type Worker } from './support/extension.ts';
import { addRecipient, GMAIL_URL, newPopup, openGmail, pill, sendButton, writeMessage } from './support/gmail-site.ts';
import { guardPanel, queue } from './support/guard.ts';
import { enqueueLocal, waitForSent, waitForStatus } from './support/local-queue.ts';

const local = { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'local' as const };
const acmeInside = () => ({
  ...clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' }),
  sendLater: local,
});
const globexOutside = () => ({
  ...clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'outside' }),
  sendLater: local,
});

/** Each part would set `window.__pwned` in the page if it ran. */
const HOSTILE =
  '<p>See you <b>Tuesday</b>.</p>' +
  `<img src="x" onerror="window.__pwned = 'img onerror'">` +
  `<a href="javascript:window.__pwned = 'link'">details</a>` +
  `<svg><script>window.__pwned = 'svg script'</script></svg>` +
  `<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>` +
  `<div onmouseover="window.__pwned = 'handler'">Best, Sam</div>`;

const FORBIDDEN = /onerror|onmouseover|javascript:|<script|<iframe|<svg/i;

/** Records, in the page's own world, every element the page gets, as markup (the simulated Gmail keeps only the text it sends). */
async function recordInsertions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __inserted: string[] }).__inserted = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) seen.push(node.outerHTML);
        if (record.type === 'attributes' && record.target instanceof Element) seen.push(record.target.outerHTML);
      }
    }).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['onerror', 'onmouseover', 'href', 'src', 'srcdoc'],
    });
  });
}

async function pageState(page: Page): Promise<{ pwned: unknown; inserted: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __inserted: string[] };
    return { pwned: w.__pwned ?? null, inserted: w.__inserted };
  });
}

/** Replaces a waiting entry's stored body, as an earlier version (without the worker's check) could have stored it. */
async function storeBodyDirectly(worker: Worker, id: string, html: string): Promise<void> {
  await worker.evaluate(
    async ({ id, html }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('red-cup');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('queue', 'readwrite');
        const store = tx.objectStore('queue');
        const read = store.get(id);
        read.onsuccess = () => {
          const record = read.result as { reply: { html: string } };
          record.reply.html = html;
          store.put(record);
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id, html },
  );
}

test('a stored reply with a hostile body is delivered without its script or handlers, and nothing of it runs', async ({
  context,
  openOptions,
  worker,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acmeInside()]);
  const page = await context.newPage();
  await openGmail(page);
  await recordInsertions(page);

  await enqueueLocal(options, {
    id: 'hostile',
    subject: 'Hostile body',
    to: 'jane@acme.com',
    body: 'placeholder',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  await storeBodyDirectly(worker, 'hostile', HOSTILE);
  expect((await queue(worker)).find((e) => e.id === 'hostile')?.reply?.html).toBe(HOSTILE);
  const now = await callWorker(options, 'queue/send-now', { id: 'hostile', triage: null });
  expect(now.ok, now.ok ? '' : now.error.message).toBe(true);

  const [message] = await waitForSent(page, 'Hostile body', 1);
  expect(message!.body).toContain('See you Tuesday.');
  expect(message!.body).toContain('Best, Sam');
  await waitForStatus(worker, 'hostile', ['sent']);
  // Give anything that loads or runs late (the img's error, the frame) time to do so.
  await page.waitForTimeout(1_000);
  const { pwned, inserted } = await pageState(page);
  expect(pwned).toBeNull();
  const body = inserted.filter((html) => html.includes('Tuesday'));
  expect(body.length, 'the body was inserted into the page').toBeGreaterThan(0);
  for (const html of inserted) expect(html).not.toMatch(FORBIDDEN);
});

test('the worker refuses to queue a hostile body, saying why, and stores nothing', async ({
  context,
  openOptions,
  worker,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acmeInside()]);
  const answer = await callWorker(options, 'queue/enqueue', {
    id: 'refused',
    provider: 'gmail',
    profileIds: ['acme'],
    recipients: ['jane@acme.com'],
    subject: 'Refused body',
    dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    account: GMAIL_URL,
    reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: HOSTILE, thread: null },
    why: { kind: 'chosen' },
  });
  expect(answer.ok ? '' : answer.error.message).toMatch(
    /^Refused: the reply to send later was not accepted\. The reply's body contains an event handler attribute \(onerror\) on <img>, .*which Red Cup does not store or insert\.$/,
  );
  expect((await queue(worker)).filter((e) => e.id === 'refused')).toEqual([]);
});

test('"Send at" from a compose whose body holds a handler keeps the reply without it', async ({
  context,
  openOptions,
  worker,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [globexOutside()]);
  const page = await context.newPage();
  await openGmail(page);
  const compose = await newPopup(page);
  await addRecipient(compose, 'joe@globex.com');
  await writeMessage(compose, 'Held without handlers', 'See you in the morning.');
  // Markup a page script (or a paste) put into the editor; set in the page's own world.
  await compose.locator('[contenteditable=true][g_editable=true]').evaluate((editor) => {
    editor.insertAdjacentHTML(
      'beforeend',
      `<a href="javascript:void(0)" onclick="window.__pwned = 'click'">the plan</a>`,
    );
  });
  await expect(pill(compose)).toContainText('after hours');
  await sendButton(compose).click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(compose).toBeHidden();
  const [entry] = (await queue(worker)).filter((e) => e.subject === 'Held without handlers');
  expect(entry?.reply?.html).toContain('See you in the morning.');
  expect(entry?.reply?.html).toContain('the plan');
  expect(entry?.reply?.html).not.toMatch(/onclick|javascript:/i);
});
