// @vitest-environment happy-dom
/**
 * The scheduler's pieces on the simulated Gmail. happy-dom has no layout, so the full
 * coordinate-driven run is checked in Chromium (see the report); here: what it types is what
 * Gmail accepts (reaching the dialog by keyboard), and every failure ends at once, cleanly.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from './adapter.ts';
import { pageLocales } from './locales.ts';
import { recognisePicker } from './picker-format.ts';
import { scheduleSend, typeInto } from './schedule.ts';
import { $, $$, loadGmail, openCompose, press, toBox, typeText, type Site } from './testing/simulated-gmail.ts';
import { fakeLayout } from './testing/fake-layout.ts';
import { waitFor } from '../../dom/wait.ts';

const QUICK = { stepMs: 200, resultMs: 200, closeMs: 50 };

/** Opens "Pick date & time" the keyboard way (Gmail's menus take Enter on a focused item). */
function openPicker(root: HTMLElement): { dialog: HTMLElement; inputs: HTMLInputElement[] } {
  press($('.dC > [aria-haspopup=true]', root), 'Enter');
  press($('[selector=scheduledSend][role=menuitem]'), 'Enter');
  press($('[role=dialog] [role=menuitem].Az.AM'), 'Enter');
  const dialog = $$('[role=dialog]').find((d) => d.querySelectorAll('input').length === 2);
  if (!dialog) throw new Error('no Pick date & time dialog');
  return { dialog, inputs: $$('input', dialog) as HTMLInputElement[] };
}

function composeTo(address: string): HTMLElement {
  const root = openCompose();
  typeText(toBox(root), `${address},`);
  return root;
}

const confirm = (dialog: HTMLElement) => $$('button', dialog).at(-1)!.click();

describe('what the scheduler types, as the simulated Gmail takes it', () => {
  let site: Site;
  const when = new Date(Date.now() + 3 * 86_400_000);
  when.setHours(17, 45, 0, 0);

  it.each(['', '?hl=de'])('schedules at the typed minute (%s)', (query) => {
    site = loadGmail(query);
    const { dialog, inputs } = openPicker(composeTo('jane@acme.com'));
    expect(new Set(inputs.map((i) => i.id)).size).toBe(2);
    const found = recognisePicker(
      inputs.map((i) => i.value),
      pageLocales(document),
    );
    expect(found?.format.locale).toBe(query ? 'de' : 'en'); // <html lang> follows Gmail's language
    expect(typeInto(inputs[found!.date]!, found!.format.date(when))).toBe(true);
    expect(typeInto(inputs[found!.time]!, found!.format.time(when))).toBe(true);
    confirm(dialog);
    expect(site.scheduled.map((m) => [m.to, m.at])).toEqual([[['jane@acme.com'], when.toISOString()]]);
    expect($$('#site-scheduled li[data-at]').map((li) => li.dataset.at)).toEqual([when.toISOString()]);
    expect(gmailAdapter.findComposeRoots(document)).toEqual([]);
  });

  it('needs the input and change events: a bare value is not what Gmail reads', () => {
    site = loadGmail();
    const { dialog, inputs } = openPicker(composeTo('jane@acme.com'));
    const [date, time] = inputs as [HTMLInputElement, HTMLInputElement];
    const defaultTime = time.value;
    date.value = 'Dec 1, 2030';
    time.value = '5:45 PM';
    confirm(dialog);
    expect(defaultTime).toBe('8:00\u202fAM'); // Closure's SHORT_TIME, CLDR 43
    expect(new Date(site.scheduled[0]!.at!).getHours()).toBe(8); // the dialog's own default, not 5:45 PM
  });

  it('a date in another shape is refused by Gmail, and nothing is scheduled', () => {
    site = loadGmail();
    const root = composeTo('jane@acme.com');
    const { dialog, inputs } = openPicker(root);
    typeInto(inputs[0]!, '2030-12-01');
    confirm(dialog);
    expect($('[role=alert]', dialog).textContent).toBe('Invalid date');
    expect(site.scheduled).toEqual([]);
    expect(gmailAdapter.compose(root).isOpen()).toBe(true);
  });
});

describe('scheduleSend, the whole run (layout faked: every element a box of its own)', () => {
  let site: Site;
  let restore: () => void = () => undefined;
  afterEach(() => restore());
  const openLayers = () => $$('[role=menu], .Kj-JD').length;
  const inThreeDays = () => {
    const when = new Date(Date.now() + 3 * 86_400_000);
    when.setHours(17, 45, 0, 0);
    return when;
  };

  it.each(['', '?hl=de'])('hands the reply to Gmail at the minute asked (%s)', async (query) => {
    site = loadGmail(query);
    restore = fakeLayout();
    const root = composeTo('jane@acme.com');
    const when = inThreeDays();
    const result = await scheduleSend(gmailAdapter.compose(root), when.toISOString(), QUICK);
    expect(result).toEqual({ ok: true });
    expect(site.scheduled.map((m) => [m.to, m.at])).toEqual([[['jane@acme.com'], when.toISOString()]]);
    expect(openLayers()).toBe(0);
  });

  it('closes the "Pick date & time" dialog when its fields are not recognised, and keeps the compose', async () => {
    site = loadGmail();
    restore = fakeLayout();
    const root = composeTo('jane@acme.com');
    // A Gmail writing its fields in a shape Red Cup does not know (as German Gmail was before).
    // The picker focuses its date field as it opens: reshape both fields right then.
    const reshape = (event: Event) => {
      const dialog = (event.target as Element).closest?.('.Kj-JD');
      for (const input of dialog ? ($$('input', dialog) as HTMLInputElement[]) : []) {
        if (input.dataset.reshaped) continue;
        input.dataset.reshaped = '1';
        input.value = input.classList.contains('aP2') ? '2026/12/04' : '8h00';
      }
    };
    document.addEventListener('focusin', reshape, true);
    let result;
    try {
      result = await scheduleSend(gmailAdapter.compose(root), inThreeDays().toISOString(), QUICK);
    } finally {
      document.removeEventListener('focusin', reshape, true);
    }
    expect($$('[role=dialog]').filter((d) => d !== root && !root.contains(d))).toEqual([]);
    expect(openLayers()).toBe(0);
    expect(result).toEqual({ ok: false, reason: 'the "Pick date & time" fields were not recognised' });
    expect(site.scheduled).toEqual([]);
    expect(gmailAdapter.compose(root).isOpen()).toBe(true);
    expect(gmailAdapter.compose(root).recipients()).toEqual(['jane@acme.com']);
  });
});

describe('scheduleSend fails at once and cleanly', () => {
  let site: Site;
  let root: HTMLElement;
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  beforeEach(() => {
    site = loadGmail();
    root = composeTo('jane@acme.com');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const openLayers = () => $$('[role=menu], .Kj-JD').length;

  it('when the arrow cannot be pressed (no layout here: hidden or covered)', async () => {
    const result = await scheduleSend(gmailAdapter.compose(root), inAnHour(), QUICK);
    expect(result).toEqual({ ok: false, reason: 'the "More send options" arrow is hidden or covered' });
    expect(openLayers()).toBe(0);
    expect(gmailAdapter.compose(root).isOpen()).toBe(true);
    expect(gmailAdapter.compose(root).recipients()).toEqual(['jane@acme.com']);
  });

  it('when there is no arrow', async () => {
    $('.dC > [aria-haspopup=true]', root).remove();
    expect(await scheduleSend(gmailAdapter.compose(root), inAnHour(), QUICK)).toEqual({
      ok: false,
      reason: 'the "More send options" arrow beside Send was not found',
    });
  });

  it('for a time that has passed, a text that is not a time, or a closed compose', async () => {
    const compose = gmailAdapter.compose(root);
    expect(await compose.scheduleSend(new Date(Date.now() - 120_000).toISOString())).toEqual({
      ok: false,
      reason: 'the time to send at has already passed',
    });
    expect(await compose.scheduleSend('8am')).toEqual({ ok: false, reason: '"8am" is not a time' });
    $('.Ha', root).click();
    expect(await compose.scheduleSend(inAnHour())).toEqual({ ok: false, reason: 'the compose window is closed' });
    expect(site.scheduled).toEqual([]);
  });

  it('closes a menu it opened when the next step never comes', async () => {
    // The arrow "opens" a menu with no Schedule send item: the step times out, the menu is closed.
    const compose = gmailAdapter.compose(root);
    const arrow = $('.dC > [aria-haspopup=true]', root);
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.addEventListener('keydown', (event) => event.key === 'Escape' && menu.remove());
    arrow.addEventListener('mousedown', () => document.body.append(menu));
    vi.spyOn(arrow, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 20, 20));
    vi.spyOn(menu, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 40, 100, 30));
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(arrow);
    const started = Date.now();
    const result = await scheduleSend(compose, inAnHour(), QUICK);
    expect(result).toEqual({ ok: false, reason: 'the "Schedule send" menu item did not appear' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(menu.isConnected).toBe(false);
  });

  it('runs one scheduling at a time, in order', async () => {
    const compose = gmailAdapter.compose(root);
    const order: string[] = [];
    const first = scheduleSend(compose, inAnHour(), QUICK).then(() => order.push('first'));
    const second = scheduleSend(compose, 'not a time', QUICK).then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });
});

describe('waitFor', () => {
  it('resolves with what appears, on the mutation that brings it', async () => {
    const waiting = waitFor(document, () => document.querySelector('#late'), 1_000);
    const late = document.createElement('p');
    late.id = 'late';
    setTimeout(() => document.body.append(late), 10);
    expect(await waiting).toBe(late);
  });

  it('gives up with null after its bound, and when the probe throws', async () => {
    expect(await waitFor(document, () => null, 30)).toBeNull();
    expect(
      await waitFor(
        document,
        () => {
          throw new Error('broken');
        },
        1_000,
      ),
    ).toBeNull();
  });
});
