// @vitest-environment happy-dom
/**
 * Outlook's Schedule send → Custom time, driven by the adapter: the pure pieces (what to type in
 * the device's zone, where the fields are), then the whole flow on the simulated Outlook, and
 * its failures (nothing left open, the compose untouched, every wait bounded).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { outlookAdapter as adapter } from './adapter.ts';
import { findPickerInputs, pickerValues } from './picker.ts';
import { $, $$, field, loadOutlook, newMessage, reply, type } from './testing/simulated-outlook.ts';

const ZONE = process.env.TZ;
afterEach(() => {
  // Node reads TZ again whenever it is assigned.
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

describe('pickerValues', () => {
  it('writes the instant in the device zone as M/D/YYYY and h:mm AM/PM, rounded up to the minute', () => {
    process.env.TZ = 'America/New_York';
    expect(pickerValues('2026-11-24T13:00:00.000Z')).toEqual({ date: '11/24/2026', time: '8:00 AM' });
    expect(pickerValues('2026-11-24T13:00:30.000Z')).toEqual({ date: '11/24/2026', time: '8:01 AM' });
    expect(pickerValues('2026-01-05T17:05:00.000Z')).toEqual({ date: '1/5/2026', time: '12:05 PM' });
    expect(pickerValues('2026-01-05T05:00:00.000Z')).toEqual({ date: '1/5/2026', time: '12:00 AM' });
    process.env.TZ = 'Asia/Tokyo';
    expect(pickerValues('2026-11-24T13:00:00.000Z')).toEqual({ date: '11/24/2026', time: '10:00 PM' });
    expect(pickerValues('not a time')).toBeNull();
  });

  it('never writes a wall time Outlook would read as an earlier instant (the repeated hour in autumn)', () => {
    process.env.TZ = 'America/New_York';
    // 2026-11-01: 1:00–2:00 AM happens twice. The first 1:30 is readable as it is.
    expect(pickerValues('2026-11-01T05:30:00.000Z')).toEqual({ date: '11/1/2026', time: '1:30 AM' });
    // The second 1:30 (EST) would be read as the first one, an hour early: 2:00 AM EST instead.
    expect(pickerValues('2026-11-01T06:30:00.000Z')).toEqual({ date: '11/1/2026', time: '2:00 AM' });
  });
});

describe('findPickerInputs', () => {
  const dialog = (html: string) => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.innerHTML = html;
    return d;
  };

  it('finds Fluent’s DatePicker and TimePicker by component, whatever their labels', () => {
    const d = dialog(
      '<span class="fui-DatePicker"><input role="combobox" aria-label="Datum" value="24.11.2026"></span>' +
        '<div class="fui-TimePicker"><input role="combobox" aria-label="Uhrzeit" value="08:00"></div>',
    );
    const found = findPickerInputs(d);
    expect(found?.date.value).toBe('24.11.2026');
    expect(found?.time.value).toBe('08:00');
  });

  it('falls back to labels, then to the shape of the text they show', () => {
    expect(
      findPickerInputs(dialog('<input aria-label="Time" value="x"><input aria-label="Date" value="y">'))?.date.value,
    ).toBe('y');
    const byShape = findPickerInputs(
      dialog('<input role="combobox" value="8:00 AM"><input role="combobox" value="Tue 11/24/2026">'),
    );
    expect(byShape?.date.value).toBe('Tue 11/24/2026');
    expect(byShape?.time.value).toBe('8:00 AM');
  });

  it('is null when either field is missing', () => {
    expect(findPickerInputs(dialog('<input aria-label="Date" value="11/24/2026">'))).toBeNull();
    expect(findPickerInputs(dialog('<button>Custom time</button>'))).toBeNull();
  });
});

describe('scheduleSend on the simulated Outlook', () => {
  const inTwoDays = () => {
    const d = new Date();
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 2, 8, 30).toISOString();
  };
  const overlays = () => $$('[role=menu], [role=dialog]');

  it('schedules a new message at the instant asked: Scheduled lists it, the compose closes', async () => {
    const site = loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'bob@globex.com', 'Enter');
    $<HTMLInputElement>('input[aria-label="Add a subject"]', compose).value = 'Plan';
    const at = inTwoDays();
    const root = adapter.findComposeRoots(document)[0]!;
    await expect(adapter.compose(root).scheduleSend(at)).resolves.toEqual({ ok: true });
    expect(site.scheduled.map((m) => ({ to: m.to, subject: m.subject, at: m.at }))).toEqual([
      { to: ['bob@globex.com'], subject: 'Plan', at },
    ]);
    expect(site.sent).toEqual([]);
    expect(compose.isConnected).toBe(false);
    expect(overlays()).toEqual([]);
    expect($('[role=region][aria-label="Scheduled"]').textContent).toContain('bob@globex.com');
  });

  it('schedules the one compose asked when two are open, with an unresolved recipient', async () => {
    const site = loadOutlook();
    const a = newMessage();
    type(field(a, 'To'), 'jane@acme.com', 'Enter');
    const b = reply();
    type(field(b, 'To'), 'sam@initech.com'); // still text: the site resolves it when it sends
    const at = inTwoDays();
    const rootB = adapter.composeRootOf(b)!;
    await expect(adapter.compose(rootB).scheduleSend(at)).resolves.toEqual({ ok: true });
    expect(site.scheduled.map((m) => ({ kind: m.kind, to: m.to, at: m.at }))).toEqual([
      { kind: 'reply', to: ['bob@globex.com', 'sam@initech.com'], at },
    ]);
    expect(a.isConnected).toBe(true);
  });

  it('fails when Outlook refuses (no valid recipient): its words, nothing left open, the compose intact', async () => {
    const site = loadOutlook();
    const compose = newMessage();
    const body = $('[aria-label="Message body"][contenteditable=true]', compose);
    body.textContent = 'Draft text';
    const result = await adapter.compose(adapter.composeRootOf(compose)!).scheduleSend(inTwoDays());
    expect(result).toEqual({ ok: false, reason: 'Outlook said: This message must have at least one valid recipient.' });
    expect(site.scheduled).toEqual([]);
    expect(overlays()).toEqual([]);
    expect(compose.isConnected).toBe(true);
    expect(body.textContent).toBe('Draft text');
  });

  it('refuses a time already past, or not a time, without opening anything', async () => {
    loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'bob@globex.com', 'Enter');
    const schedule = (at: string) => adapter.compose(adapter.composeRootOf(compose)!).scheduleSend(at);
    expect(await schedule(new Date(Date.now() - 60_000).toISOString())).toMatchObject({ ok: false });
    expect(await schedule('tomorrow')).toMatchObject({ ok: false });
    expect(overlays()).toEqual([]);
    expect(compose.isConnected).toBe(true);
  });

  it('gives up within its bound when Custom time shows no fields, and closes the dialog', async () => {
    loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'bob@globex.com', 'Enter');
    // A build whose "Custom time" shows nothing the adapter knows: here, it does nothing at all.
    const swallow = (event: Event) => {
      if (event.target instanceof Element && event.target.textContent === 'Custom time') event.stopPropagation();
    };
    document.addEventListener('click', swallow, true);
    const started = Date.now();
    const result = await adapter.compose(adapter.composeRootOf(compose)!).scheduleSend(inTwoDays());
    document.removeEventListener('click', swallow, true);
    expect(result).toEqual({ ok: false, reason: 'the date and time fields of "Custom time" were not found' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
    expect(Date.now() - started).toBeLessThan(4_500);
    expect(overlays()).toEqual([]);
    expect(compose.isConnected).toBe(true);
  }, 10_000);

  it('fails at once when the compose has no menu beside Send', async () => {
    loadOutlook();
    const compose = newMessage();
    $('.fui-SplitButton__menuButton', compose).remove();
    const result = await adapter.compose(adapter.composeRootOf(compose)!).scheduleSend(inTwoDays());
    expect(result).toEqual({ ok: false, reason: 'the menu beside Send was not found' });
  });
});

describe('the simulated Custom time view', () => {
  it('counts typed text only once the field commits it, and shows an error for an unreadable one', () => {
    const site = loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'bob@globex.com', 'Enter');
    $('.fui-SplitButton__menuButton', compose).click();
    $('[role=menuitem]').click();
    $$('[role=dialog] button')
      .find((b) => b.textContent === 'Custom time')!
      .click();
    const date = $<HTMLInputElement>('[role=dialog] .fui-DatePicker input');
    date.value = '13/45/2026';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    const send = $$('[role=dialog] button').find((b) => b.textContent === 'Send')!;
    send.click(); // typed but never committed: the default (tomorrow 8:00 AM) is what counts
    const now = new Date();
    expect(site.scheduled.map((m) => m.at)).toEqual([
      new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0).toISOString(),
    ]);
  });

  it('an unreadable date, once committed, is an error in the dialog and nothing is scheduled', () => {
    const site = loadOutlook();
    const compose = newMessage();
    type(field(compose, 'To'), 'bob@globex.com', 'Enter');
    $('.fui-SplitButton__menuButton', compose).click();
    $('[role=menuitem]').click();
    $$('[role=dialog] button')
      .find((b) => b.textContent === 'Custom time')!
      .click();
    const date = $<HTMLInputElement>('[role=dialog] .fui-DatePicker input');
    date.value = '13/45/2026';
    date.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    $$('[role=dialog] button')
      .find((b) => b.textContent === 'Send')!
      .click();
    expect($('[role=dialog]').textContent).toContain('Enter a valid date');
    expect(site.scheduled).toEqual([]);
    expect(compose.isConnected).toBe(true);
  });
});
