/**
 * The compose guard in the simulated Gmail (issue 3): every compose kind, inside and outside a
 * client's boundary, the panel's actions, triage, Ctrl+Enter, several composes, a recipient
 * added after the verdict was cached, the German labels, the old recipient UI, and a forced
 * internal error. Client hours are built around the real clock (e2e/support/clients.ts).
 */
import type { ClientProfile } from '../src/core/profile.ts';
import { clientProfile, nextWindowOf, saveClients } from './support/clients.ts';
import { test, expect, routeAllMailSites, type BrowserContext, type Page } from './support/extension.ts';
import {
  addRecipient,
  inlineReply,
  newPopup,
  openGmail,
  pill,
  scheduled,
  scheduledList,
  sendButton,
  sent,
  sentList,
  writeMessage,
} from './support/gmail-site.ts';
import { breakContentScript, guardPanel, ledger, queue } from './support/guard.ts';

const acmeOutside = () =>
  clientProfile({
    id: 'acme',
    name: 'Acme Corp',
    match: ['acme.com'],
    state: 'outside',
    situations: ['The website is down'],
    keywords: ['outage'],
  });
const globexInside = () => clientProfile({ id: 'globex', name: 'Globex', match: ['globex.co.uk'], state: 'inside' });
const initechOutside = () =>
  clientProfile({
    id: 'initech',
    name: 'Initech',
    match: ['initech.com.au'],
    state: 'outside',
    zone: 'Australia/Sydney',
  });

/** Serves the simulated mail sites and stores the clients (through the worker, as the options page does). */
async function withClients(
  openOptions: () => Promise<Page>,
  profiles: ClientProfile[],
  context?: BrowserContext,
): Promise<void> {
  if (context) await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, profiles);
  await options.close();
}

test.describe('inside the boundary', () => {
  test('a pop-up compose is sent at once, and the pill says inside hours', async ({ context, openOptions }) => {
    await withClients(openOptions, [globexInside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'ops@globex.co.uk');
    await writeMessage(compose, 'Status', 'All good.');
    await expect(pill(compose)).toContainText('Globex · inside hours until');
    await sendButton(compose).click();
    await expect(sentList(page)).toContainText('ops@globex.co.uk');
    await expect(compose).toHaveCount(0);
    expect((await sent(page)).map((m) => m.to)).toEqual([['ops@globex.co.uk']]);
    await expect(guardPanel(page)).toHaveCount(0);
  });

  test('Ctrl+Enter in a full-screen compose sends at once', async ({ context, openOptions, worker }) => {
    await withClients(openOptions, [globexInside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await compose.getByRole('button', { name: /^Full screen/ }).click();
    await expect(page.locator('.aSs .aSt [role=dialog] .aaZ')).toBeVisible();
    await addRecipient(compose, 'ops@globex.co.uk');
    await writeMessage(compose, 'Status', 'All good.');
    await expect(pill(compose)).toContainText('inside hours');
    await page.keyboard.press('Control+Enter');
    await expect(sentList(page)).toContainText('ops@globex.co.uk');
    await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-inside']);
  });

  test('an unknown recipient without an "Everyone else" profile is not guarded', async ({ context, openOptions }) => {
    await withClients(openOptions, [acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'priya@umbrella.io');
    await expect(pill(compose)).toContainText('not guarded');
    await sendButton(compose).click();
    await expect(sentList(page)).toContainText('priya@umbrella.io');
  });
});

test.describe('outside the boundary', () => {
  test('Send opens the panel; "Send at" schedules with Gmail at the next window', async ({
    context,
    openOptions,
    worker,
  }) => {
    const acme = acmeOutside();
    await withClients(openOptions, [acme], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Quote', 'Here is the quote.');
    await expect(pill(compose)).toContainText('Acme Corp · after hours · next window');
    await sendButton(compose).click();

    const panel = guardPanel(page);
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Acme Corp');
    const sendAt = panel.getByRole('button', { name: /^Send / });
    await expect(sendAt).toBeFocused();
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter');

    const due = nextWindowOf(acme).toISOString();
    await expect(scheduledList(page)).toContainText('jane@acme.com');
    expect((await scheduled(page)).map((m) => ({ to: m.to, at: m.at, subject: m.subject }))).toEqual([
      { to: ['jane@acme.com'], at: due, subject: 'Quote' },
    ]);
    expect(await sent(page)).toEqual([]);
    await expect(compose).toHaveCount(0);
    await expect(panel).toHaveCount(0);
    const entries = await queue(worker);
    expect(
      entries.map((e) => ({
        status: e.status,
        mode: e.mode,
        dueAt: e.dueAt,
        recipients: e.recipients,
        subject: e.subject,
      })),
    ).toEqual([
      { status: 'handed-off', mode: 'provider', dueAt: due, recipients: ['jane@acme.com'], subject: 'Quote' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('Here is the quote');
    const events = await ledger(worker);
    expect(events.map((e) => ({ kind: e.kind, profileIds: e.profileIds, scheduledFor: e.scheduledFor }))).toEqual([
      { kind: 'scheduled', profileIds: ['acme'], scheduledFor: due },
    ]);
  });

  test('an inline reply: triage shows the request, "real emergency" sends now and is recorded', async ({
    context,
    openOptions,
    worker,
  }) => {
    await withClients(openOptions, [acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await inlineReply(page);
    await page.keyboard.type('On it.');
    await expect(pill(compose)).toContainText('after hours');
    await sendButton(compose).click();
    const panel = guardPanel(page);
    await panel
      .getByRole('button', { name: /emergency/i })
      .first()
      .click();
    await expect(panel.locator('mark').first()).toBeVisible();
    await panel.getByRole('button', { name: /^Real emergency/ }).click();
    await expect(sentList(page)).toContainText('jane@acme.com');
    await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-emergency']);
    const [event] = await ledger(worker);
    expect(event?.triage).not.toBeNull();
    expect(event?.requestAt).not.toBeNull();
  });

  test('red cup → scheduled; send anyway → sent and recorded as an exception', async ({
    context,
    openOptions,
    worker,
  }) => {
    const acme = acmeOutside();
    await withClients(openOptions, [acme], context);
    const page = await context.newPage();
    await openGmail(page);

    const first = await newPopup(page);
    await addRecipient(first, 'jane@acme.com');
    await writeMessage(first, 'One', 'Later is fine.');
    await sendButton(first).click();
    await guardPanel(page)
      .getByRole('button', { name: /emergency/i })
      .first()
      .click();
    await guardPanel(page)
      .getByRole('button', { name: /^Red cup/ })
      .click();
    await expect(scheduledList(page)).toContainText('jane@acme.com');
    expect((await scheduled(page))[0]?.at).toBe(nextWindowOf(acme).toISOString());

    const second = await newPopup(page);
    await addRecipient(second, 'billing@acme.com');
    await writeMessage(second, 'Two', 'Now please.');
    await sendButton(second).click();
    await guardPanel(page)
      .getByRole('button', { name: /emergency/i })
      .first()
      .click();
    await guardPanel(page)
      .getByRole('button', { name: /^Send anyway/ })
      .click();
    await expect(sentList(page)).toContainText('billing@acme.com');
    await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['scheduled', 'sent-anyway']);
  });

  test('Ctrl+Enter opens the panel; Esc cancels and the compose keeps its text', async ({
    context,
    openOptions,
    worker,
  }) => {
    await withClients(openOptions, [acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Late', 'Typed at night.');
    await expect(pill(compose)).toContainText('after hours');
    await page.keyboard.press('Control+Enter');
    await expect(guardPanel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(guardPanel(page)).toHaveCount(0);
    await expect(compose.locator('[contenteditable=true][g_editable=true]')).toHaveText('Typed at night.');
    expect(await sent(page)).toEqual([]);
    await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['cancelled']);
  });

  test('"Send & archive" in a reply is guarded like Send; sending anyway sends and archives as pressed', async ({
    context,
    openOptions,
    worker,
  }) => {
    await withClients(openOptions, [acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page, '?sa=1'); // Gmail's setting that shows Send & archive in replies
    const compose = await inlineReply(page);
    await page.keyboard.type('Tomorrow is fine.');
    await expect(pill(compose)).toContainText('after hours');
    await compose.getByRole('button', { name: 'Send & archive' }).click();
    const panel = guardPanel(page);
    await expect(panel).toBeVisible();
    expect(await sent(page)).toEqual([]);
    await panel
      .getByRole('button', { name: /emergency/i })
      .first()
      .click();
    await panel.getByRole('button', { name: /^Send anyway/ }).click();
    await expect(sentList(page)).toContainText('jane@acme.com');
    expect((await sent(page)).map((m) => ({ to: m.to, archived: m.archived }))).toEqual([
      { to: ['jane@acme.com'], archived: true },
    ]);
    await expect.poll(async () => (await ledger(worker)).map((e) => e.kind)).toEqual(['sent-anyway']);
  });

  test('a recipient typed after the verdict was cached is checked before the send goes', async ({
    context,
    openOptions,
  }) => {
    await withClients(openOptions, [globexInside(), acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'ops@globex.co.uk');
    await expect(pill(compose)).toContainText('inside hours');
    await addRecipient(compose, 'jane@acme.com', 'typed'); // half-typed: no chip yet
    await page.keyboard.press('Control+Enter');
    await expect(guardPanel(page)).toBeVisible();
    expect(await sent(page)).toEqual([]);
  });

  test('two composes to two clients: "Send at" schedules the one that asked, at its own time', async ({
    context,
    openOptions,
  }) => {
    const acme = acmeOutside();
    const initech = initechOutside();
    await withClients(openOptions, [acme, initech], context);
    const page = await context.newPage();
    await openGmail(page);
    const a = await newPopup(page);
    await addRecipient(a, 'jane@acme.com');
    await writeMessage(a, 'For Acme', 'A');
    const b = await newPopup(page);
    await addRecipient(b, 'sam@initech.com.au');
    await writeMessage(b, 'For Initech', 'B');
    await expect(pill(b)).toContainText('Initech');
    await sendButton(b).click();
    await guardPanel(page)
      .getByRole('button', { name: /^Send / })
      .click();
    await expect(scheduledList(page)).toContainText('sam@initech.com.au');
    expect((await scheduled(page)).map((m) => ({ subject: m.subject, at: m.at }))).toEqual([
      { subject: 'For Initech', at: nextWindowOf(initech).toISOString() },
    ]);
    await expect(a).toBeVisible();
    await expect(pill(a)).toContainText('Acme Corp');
  });

  test('the German Gmail: the panel opens and Gmail schedules the reply', async ({ context, openOptions }) => {
    const acme = acmeOutside();
    await withClients(openOptions, [acme], context);
    const page = await context.newPage();
    await openGmail(page, '?hl=de');
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Angebot', 'Hier ist es.');
    await sendButton(compose).click();
    await guardPanel(page)
      .getByRole('button', { name: /^Send / })
      .click();
    await expect(scheduledList(page)).toContainText('jane@acme.com');
    expect((await scheduled(page))[0]?.at).toBe(nextWindowOf(acme).toISOString());
  });

  test('the old recipient UI is read too', async ({ context, openOptions }) => {
    await withClients(openOptions, [acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page, '?ui=old');
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await expect(pill(compose)).toContainText('Acme Corp');
    await sendButton(compose).click();
    await expect(guardPanel(page)).toBeVisible();
  });

  test('a pop-out compose window is guarded and schedules in its own window', async ({ context, openOptions }) => {
    const acme = acmeOutside();
    await withClients(openOptions, [acme], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Popped', 'From the pop-out.');
    const [popout] = await Promise.all([
      context.waitForEvent('page'),
      compose.getByRole('button', { name: /^Pop-out$/ }).click(),
    ]);
    await expect(popout.locator('body.xE.xp')).toBeVisible();
    const popoutCompose = popout.getByRole('main');
    await expect(pill(popoutCompose)).toContainText('Acme Corp');
    await sendButton(popoutCompose).click();
    await guardPanel(popout)
      .getByRole('button', { name: /^Send / })
      .click();
    await expect(scheduledList(page)).toContainText('jane@acme.com');
    expect((await scheduled(page))[0]?.at).toBe(nextWindowOf(acme).toISOString());
  });

  test("when Gmail's Schedule send cannot be driven, Red Cup's own queue keeps the reply and the panel says so", async ({
    context,
    openOptions,
    worker,
  }) => {
    const acme = acmeOutside();
    await withClients(openOptions, [acme], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Kept', 'Every word stays.');
    await expect(pill(compose)).toContainText('after hours');
    // A Gmail without the arrow beside Send (as for a confidential-mode message).
    await compose.getByRole('button', { name: 'More send options' }).evaluate((arrow) => arrow.remove());
    await sendButton(compose).click();
    await guardPanel(page)
      .getByRole('button', { name: /^Send / })
      .click();
    const done = page.getByRole('dialog', { name: 'Your reply is kept by Red Cup' });
    await expect(done.getByRole('status').first()).toContainText("Gmail's Schedule send could not be used");
    await expect(done.getByRole('button', { name: 'OK' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(done).toBeHidden();
    // The compose is discarded only because its reply is safe in the queue, with its text.
    await expect(compose).toBeHidden();
    const [entry, ...others] = await queue(worker);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      status: 'pending',
      mode: 'local',
      provider: 'gmail',
      recipients: ['jane@acme.com'],
      subject: 'Kept',
    });
    expect(entry!.reply?.html).toContain('Every word stays.');
    expect(Date.parse(entry!.dueAt)).toBe(nextWindowOf(acme).getTime());
    expect(await sent(page)).toEqual([]);
    expect(await scheduled(page)).toEqual([]);
  });

  test('when the date fields of "Pick date & time" are not recognised, the dialog is closed and Red Cup keeps the reply', async ({
    context,
    openOptions,
    worker,
  }) => {
    const acme = acmeOutside();
    await withClients(openOptions, [acme], context);
    const page = await context.newPage();
    await openGmail(page);
    // A Gmail writing its fields in a shape Red Cup does not know (German Gmail was such a case).
    await page.evaluate(() => {
      document.addEventListener(
        'focusin',
        (event) => {
          const dialog = (event.target as Element).closest?.('.Kj-JD');
          for (const input of dialog ? Array.from(dialog.querySelectorAll('input')) : []) {
            if (input.dataset.reshaped) continue;
            input.dataset.reshaped = '1';
            input.value = input.classList.contains('aP2') ? '2026/12/04' : '8h00';
          }
        },
        true,
      );
    });
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Unknown fields', 'Every word stays.');
    await sendButton(compose).click();
    await guardPanel(page)
      .getByRole('button', { name: /^Send / })
      .click();
    const done = page.getByRole('dialog', { name: 'Your reply is kept by Red Cup' });
    await expect(done.getByRole('status').first()).toContainText('fields were not recognised');
    // Nothing Gmail's scheduler opened is left behind Red Cup's notice.
    await expect(page.getByRole('dialog', { name: 'Pick date & time' })).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: 'Schedule send' })).toHaveCount(0);
    await expect(page.getByRole('menu')).toHaveCount(0);
    const [entry] = await queue(worker);
    expect(entry).toMatchObject({
      status: 'pending',
      mode: 'local',
      subject: 'Unknown fields',
      accountAddress: 'me@example.com',
    });
    expect(await scheduled(page)).toEqual([]);
  });

  test('a forced internal error never blocks the send', async ({ context, openOptions, extensionId }) => {
    await withClients(openOptions, [acmeOutside()], context);
    const page = await context.newPage();
    await openGmail(page);
    const compose = await newPopup(page);
    await addRecipient(compose, 'jane@acme.com');
    await writeMessage(compose, 'Anyway', 'Through.');
    await expect(pill(compose)).toContainText('after hours');
    await breakContentScript(page, extensionId);
    await sendButton(compose).click();
    await expect(sentList(page)).toContainText('jane@acme.com');
    await expect(guardPanel(page)).toHaveCount(0);
  });
});
