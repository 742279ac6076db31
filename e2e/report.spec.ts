/**
 * The consistency report (issue 12), end to end in Chromium: real decisions made on the
 * simulated Gmail and Outlook — a reply sent inside hours, one scheduled with "Send at", a real
 * emergency and a red cup sent anyway after triage — then the report shows exactly those counts
 * for the client, draws the chart, exports the CSV, works with the keyboard alone and passes an
 * axe-core scan. Client hours are built around the real clock (never faked).
 */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import type { ClientProfile } from '../src/core/profile.ts';
import { seriousViolations } from './support/axe.ts';
import { clientProfile, middayZone, saveClients } from './support/clients.ts';
import type { Locator } from '@playwright/test';
import { test, expect, callWorker, extensionPages, routeAllMailSites, type Page } from './support/extension.ts';
import * as gmail from './support/gmail-site.ts';
import { guardPanel, ledger } from './support/guard.ts';
import { tabTo } from './support/keyboard.ts';
import * as outlook from './support/outlook-site.ts';

const ACME = { id: 'acme', name: 'Acme Corp', match: ['acme.com'] };

/** Acme with its hours open now (an hour ago until two hours ahead). */
const acmeInside = (): ClientProfile => clientProfile({ ...ACME, state: 'inside' });

/**
 * Acme with its hours closed now and opening `minutes` from now (every day, for three hours),
 * so a reply scheduled with "Send at" goes out while the test runs.
 */
function acmeOpeningIn(minutes: number, now = new Date()): ClientProfile {
  const zone = middayZone(now);
  const opens = DateTime.fromJSDate(now).setZone(zone).plus({ minutes }).startOf('minute').plus({ minutes: 1 });
  const w = [{ start: opens.toFormat('HH:mm'), end: opens.plus({ hours: 3 }).toFormat('HH:mm') }];
  return {
    ...clientProfile({ ...ACME, state: 'outside' }),
    timeZone: zone,
    hours: { mon: w, tue: w, wed: w, thu: w, fri: w, sat: w, sun: w },
  };
}

async function save(openOptions: () => Promise<Page>, profile: ClientProfile): Promise<void> {
  const options = await openOptions();
  await saveClients(options, [profile]);
  await options.close();
}

/** The four decisions, as a user makes them. Returns when the ledger has them all. */
async function makeDecisions(
  page: Page,
  openOptions: () => Promise<Page>,
  worker: Parameters<typeof ledger>[0],
): Promise<void> {
  // 1. Gmail, inside hours: sent at once.
  await save(openOptions, acmeInside());
  await gmail.openGmail(page);
  const inside = await gmail.newPopup(page);
  await gmail.addRecipient(inside, 'jane@acme.com');
  await gmail.writeMessage(inside, 'Status', 'All good.');
  await expect(gmail.pill(inside)).toContainText('inside hours');
  await gmail.sendButton(inside).click();
  await expect(gmail.sentList(page)).toContainText('jane@acme.com');

  // The hours change: closed now, opening in two or three minutes.
  await save(openOptions, acmeOpeningIn(2));

  // 2. Gmail: "Send at" the next window, handed to Gmail's scheduler.
  const later = await gmail.newPopup(page);
  await gmail.addRecipient(later, 'jane@acme.com');
  await gmail.writeMessage(later, 'Quote', 'Here is the quote.');
  await gmail.sendButton(later).click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(gmail.scheduledList(page)).toContainText('jane@acme.com');

  // 3. Outlook, after hours: triage → real emergency, sent now.
  await outlook.openOutlook(page);
  const emergency = await outlook.newMessage(page);
  await outlook.addRecipient(emergency, 'jane@acme.com');
  await outlook.writeMessage(emergency, 'Site down', 'Looking now.');
  await expect(outlook.pill(emergency)).toContainText('Acme Corp');
  await outlook.sendButton(emergency).click();
  await guardPanel(page)
    .getByRole('button', { name: /emergency/i })
    .first()
    .click();
  await guardPanel(page)
    .getByRole('button', { name: /^Real emergency/ })
    .click();
  await expect(outlook.sentList(page)).toContainText('jane@acme.com');

  // 4. Outlook: triage → red cup → send anyway.
  const anyway = await outlook.newMessage(page);
  await outlook.addRecipient(anyway, 'jane@acme.com');
  await outlook.writeMessage(anyway, 'Numbers', 'Tonight, sorry.');
  await outlook.sendButton(anyway).click();
  await guardPanel(page)
    .getByRole('button', { name: /emergency/i })
    .first()
    .click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send anyway/ })
    .click();
  await expect(outlook.sentList(page)).toContainText('jane@acme.com');

  await expect
    .poll(async () => (await ledger(worker)).map((e) => e.kind).filter((k) => k !== 'cancelled'))
    .toEqual(expect.arrayContaining(['sent-inside', 'sent-emergency', 'sent-anyway', 'scheduled']));
}

/** A table's body rows as the text of each cell. */
async function rows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
}

/** Pixels the chart's canvas painted (non-transparent), read back from the canvas itself. */
async function paintedPixels(page: Page): Promise<number> {
  return page
    .locator('.rc-report-chart__plot canvas')
    .first()
    .evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      if (data) for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n += 1;
      return n;
    });
}

test('real decisions on Gmail and Outlook: the report counts exactly them, draws the chart, exports the CSV, and passes axe', async ({
  context,
  worker,
  openOptions,
}) => {
  test.setTimeout(360_000);
  await routeAllMailSites(context);
  const mail = await context.newPage();
  await makeDecisions(mail, openOptions, worker);

  const page = await openOptions();
  await page.getByRole('button', { name: 'Consistency report' }).click();
  const overview = page.getByRole('table', { name: 'All clients, worst consistency first' });
  await expect(overview).toBeVisible();
  // Client, consistency, replies, inside, later, emergency, anyway (then the promises and the median).
  // The reply Gmail's scheduler holds counts once it has gone out, at its due time (minutes away).
  await expect
    .poll(
      async () => {
        await page.reload();
        await expect(overview).toBeVisible();
        return (await rows(overview))[0]?.slice(0, 7);
      },
      { timeout: 240_000, intervals: [10_000] },
    )
    .toEqual([expect.stringContaining('Acme Corp'), '50 %', '4', '1', '1', '1', '1']);
  await expect(overview.locator('tbody tr').first()).toContainText('their expectation is shifting');
  expect(await seriousViolations(page)).toEqual([]);

  // One client: the weekly table has the same numbers, and the chart is drawn.
  await overview.getByRole('button', { name: 'Acme Corp' }).click();
  await expect(page.getByRole('heading', { name: 'Acme Corp', level: 3 })).toBeFocused();
  const weeks = page.getByRole('table', { name: 'Acme Corp, week by week' });
  const total = await weeks
    .locator('tfoot tr')
    .evaluate((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim()));
  expect(total.slice(0, 7)).toEqual(['Whole period', '4', '1', '1', '1', '1', '50 %']);
  await expect(page.locator('figcaption')).toContainText(
    'Of 4 replies to Acme Corp in the last 12 weeks, 2 kept inside their hours (50 %)',
  );
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(500);
  const exceptions = page.getByRole('list', { name: 'Exceptions for Acme Corp, newest first' }).getByRole('listitem');
  await expect(exceptions).toHaveCount(2);
  await expect(exceptions.nth(0)).toContainText('Red cup, sent anyway');
  await expect(exceptions.nth(1)).toContainText('Real emergency, sent at once');
  await expect(page.getByRole('region', { name: /Exceptions/ })).not.toContainText('@');
  expect(await seriousViolations(page)).toEqual([]);

  // The CSV of this client for the period, parsed back.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^red-cup-record-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path()) as string, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const decisions = parsed.data.filter((r) =>
    ['sent-inside', 'scheduled', 'sent-emergency', 'sent-anyway'].includes(r['Kind'] ?? ''),
  );
  expect(decisions.map((r) => r['Kind']).sort()).toEqual(['scheduled', 'sent-anyway', 'sent-emergency', 'sent-inside']);
  expect(new Set(parsed.data.map((r) => r['Client']))).toEqual(new Set(['Acme Corp']));
  expect(decisions.find((r) => r['Kind'] === 'sent-anyway')?.['Suggestion shown']).toBe('red-cup');
  expect(text).not.toContain('jane@acme.com');
  expect(text).not.toContain('Here is the quote');
  expect(text).not.toContain('Numbers');
});

test('the report with the keyboard alone: from the settings page to one client and its CSV', async ({
  context,
  openOptions,
  worker,
}) => {
  await routeAllMailSites(context);
  const mail = await context.newPage();
  await save(openOptions, acmeInside());
  await gmail.openGmail(mail);
  const compose = await gmail.newPopup(mail);
  await gmail.addRecipient(compose, 'jane@acme.com');
  await gmail.writeMessage(compose, 'Status', 'All good.');
  await gmail.sendButton(compose).click();
  await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-inside']);

  const page = await openOptions();
  await expect(page.getByRole('heading', { name: 'Red Cup settings' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Report for Acme Corp' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Acme Corp', level: 3 })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Acme Corp, week by week' }).locator('tfoot')).toContainText('100 %');

  // The period with arrow keys, as radio buttons go.
  await tabTo(page, page.getByRole('radio', { name: 'Last 12 weeks' }), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Last 52 weeks' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Acme Corp, week by week' }).locator('tbody tr')).toHaveCount(52);
  expect(new URL(page.url()).hash).toBe('#report/acme?weeks=52');

  // The wide table scrolls inside its own box, which the keyboard reaches.
  await tabTo(page, page.getByRole('region', { name: 'Acme Corp, week by week' }));
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download CSV' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^red-cup-record-/);
  await expect(page.getByRole('status').filter({ hasText: /^Saved red-cup-record-/ })).toBeVisible();

  // Back to all clients, and to the settings page.
  await tabTo(page, page.getByRole('button', { name: 'All clients' }), { backwards: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Consistency report' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Back to clients' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeFocused();
});

test('an empty record says where replies will come from', async ({ openOptions, extensionUrl }) => {
  const page = await openOptions();
  await saveClients(page, [acmeInside()]);
  await page.goto(`${extensionUrl(extensionPages().options)}#report/acme`);
  await page.reload(); // the hash alone does not load the page again; the route is read when it loads
  await expect(
    page.getByText('Nothing recorded for Acme Corp yet: replies you send to acme.com appear here.'),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('deleting a client asks about its record: kept, it is in the report as “(deleted)”; deleted, it is gone', async ({
  openOptions,
  worker,
}) => {
  const page = await openOptions();
  const globex = clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'inside' });
  await saveClients(page, [acmeInside(), globex]);
  // One reply to each, recorded as the compose guard records it.
  for (const id of ['acme', 'globex']) {
    const answer = await callWorker(page, 'ledger/record', {
      id: `reply-${id}`,
      kind: 'sent-inside',
      profileIds: [id],
      at: new Date(Date.now() - 3_600_000).toISOString(),
      requestAt: null,
      triage: null,
      provider: 'gmail',
      scheduledFor: null,
    });
    expect(answer.ok).toBe(true);
  }
  await page.reload();

  await page.getByRole('button', { name: 'Delete Acme Corp' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Acme Corp”?' });
  await expect(dialog.getByRole('radio', { name: /^Keep it/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Delete client' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted “Acme Corp”; its record stays in the report' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete Globex' }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete “Globex”?' })
    .getByRole('radio', { name: 'Delete it too' })
    .check();
  await page
    .getByRole('alertdialog', { name: 'Delete “Globex”?' })
    .getByRole('button', { name: 'Delete client' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Globex” and its record.' })).toBeVisible();
  await expect.poll(async () => (await ledger(worker)).map((e) => e.id)).toEqual(['reply-acme']);

  await page.getByRole('button', { name: 'Consistency report' }).click();
  const overview = page.getByRole('table', { name: 'All clients, worst consistency first' });
  await expect(overview.locator('tbody th button')).toHaveText(['Acme Corp (deleted)']);
  expect((await rows(overview))[0]?.slice(1, 4)).toEqual(['100 %', '1', '1']);
});

test('the record’s retention and the weekly summary are settings that stay', async ({ openOptions }) => {
  const page = await openOptions();
  await saveClients(page, [acmeInside()]);
  await page.reload();
  const settings = page.getByRole('region', { name: 'Settings' });
  await expect(settings.getByRole('radio', { name: '2 years' })).toBeChecked();
  await expect(settings.getByRole('switch', { name: 'Weekly summary' })).not.toBeChecked();
  await settings.getByRole('radio', { name: '1 year' }).check();
  await expect(settings.getByRole('status')).toHaveText(
    'Red Cup now keeps the record for 1 year; older decisions are removed.',
  );
  await settings.getByRole('switch', { name: 'Weekly summary' }).check();
  await expect(settings.getByRole('status')).toHaveText('A summary of last week will be shown on Mondays at 09:00.');
  const stored = await callWorker(page, 'settings/get');
  expect(stored.ok && { retention: stored.value.retention, weeklySummary: stored.value.weeklySummary }).toEqual({
    retention: '1y',
    weeklySummary: true,
  });
  await settings.getByRole('radio', { name: 'Always' }).check();
  await expect(settings.getByRole('status')).toHaveText('Red Cup now keeps the record for as long as it is installed.');
  await settings.getByRole('radio', { name: '1 year' }).check();
  await expect(settings.getByRole('status')).toHaveText(
    'Red Cup now keeps the record for 1 year; older decisions are removed.',
  );
  await page.reload();
  await expect(page.getByRole('radio', { name: '1 year' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Weekly summary' })).toBeChecked();
});

test('the popup says whose expectation is shifting, and “How consistent was I this week?” opens the report', async ({
  context,
  openOptions,
  openPopup,
}) => {
  const options = await openOptions();
  await saveClients(options, [acmeInside()]);
  // Two exceptions in the last days, recorded as the guard panel records them.
  for (const [i, kind] of (['sent-emergency', 'sent-anyway'] as const).entries()) {
    const answer = await callWorker(options, 'ledger/record', {
      id: `exception-${i}`,
      kind,
      profileIds: ['acme'],
      at: new Date(Date.now() - (i + 1) * 86_400_000).toISOString(),
      requestAt: null,
      triage: {
        answers: { agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'unsure' },
        suggestion: 'red-cup',
      },
      provider: 'outlook',
      scheduledFor: null,
    });
    expect(answer.ok).toBe(true);
  }
  const popup = await openPopup();
  await expect(popup.getByRole('list', { name: 'Expectations shifting' }).getByRole('listitem')).toHaveText([
    /^2 replies outside Acme Corp's hours in .+ — their expectation is shifting/,
  ]);
  expect(await seriousViolations(popup)).toEqual([]);

  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'How consistent was I this week?' }).click();
  const report = await opened;
  await report.waitForLoadState();
  expect(new URL(report.url()).hash).toBe('#report?weeks=4');
  await expect(report.getByRole('radio', { name: 'Last 4 weeks' })).toBeChecked();
  const overview = report.getByRole('table', { name: 'All clients, worst consistency first' });
  await expect(overview.locator('tbody tr').first()).toContainText('their expectation is shifting');
});
