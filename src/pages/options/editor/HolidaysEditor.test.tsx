// @vitest-environment happy-dom
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { mount, text } from '../../popup/testing/dom.ts';
import { fieldId } from '../../ui/field-ids.ts';
import { fromDraft, toDraft, type HolidaysDraft } from './draft.ts';
import { HolidaysEditor } from './HolidaysEditor.tsx';
import type { HolidayListState, HolidayPlacesState } from './use-holidays.ts';
import { profile } from '../../../core/testing/profile-fixture.ts';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

const places: HolidayPlacesState = {
  countries: [
    { code: 'GB', name: 'United Kingdom' },
    { code: 'US', name: 'United States of America' },
  ],
  regions: [
    { code: 'NY', name: 'New York' },
    { code: 'CA', name: 'California' },
  ],
  error: null,
};
const list: HolidayListState = {
  dates: [
    { date: '2026-11-26', name: 'Thanksgiving Day' },
    { date: '2026-12-25', name: 'Christmas Day' },
  ],
  loading: false,
  error: null,
};

/** The editor with its own state, as ProfileEditor holds it; `seen` gets every value. */
function Harness({ start, seen }: { start: HolidaysDraft; seen: HolidaysDraft[] }) {
  const [value, setValue] = useState(start);
  return (
    <HolidaysEditor
      value={value}
      places={places}
      list={value.country === '' ? { ...list, dates: [] } : list}
      problems={[]}
      onChange={(update) =>
        setValue((prev) => {
          const next = update(prev);
          seen.push(next);
          return next;
        })
      }
    />
  );
}

function show(node: ComponentChild): HTMLElement {
  const { root, unmount } = mount(node);
  mounted.push(unmount);
  return root;
}

function choose(root: HTMLElement, id: string, value: string): void {
  const select = root.querySelector<HTMLSelectElement>(`#${id}`);
  if (!select) throw new Error(`no select #${id}`);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('HolidaysEditor', () => {
  it('observes no public holidays by default, with the data credit shown', () => {
    const root = show(<Harness start={{ country: '', region: '', workAnyway: [] }} seen={[]} />);
    const country = root.querySelector<HTMLSelectElement>(`#${fieldId('holidays.country')}`);
    expect(country?.value).toBe('');
    expect(root.querySelector(`label[for="${fieldId('holidays.country')}"]`)?.textContent).toBe(
      'Observe the public holidays of',
    );
    expect(root.querySelector(`#${fieldId('holidays.region')}`)).toBeNull();
    expect(root.querySelectorAll('[role="switch"]')).toHaveLength(0);
    expect(text(root)).toContain('Public holiday data: date-holidays, CC BY-SA 3.0');
  });

  it('picks a country and a region, and lists the days each with a labelled switch', () => {
    const seen: HolidaysDraft[] = [];
    const root = show(<Harness start={{ country: '', region: '', workAnyway: [] }} seen={seen} />);
    choose(root, fieldId('holidays.country'), 'US');
    choose(root, fieldId('holidays.region'), 'NY');
    expect(seen.at(-1)).toEqual({ country: 'US', region: 'NY', workAnyway: [] });
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches).toHaveLength(2);
    const label = root.querySelector(`label[for="${switches[0]!.id}"]`)?.textContent;
    expect(label).toBe('Work that day anyway (Thu 26 November 2026, Thanksgiving Day)');
    act(() => switches[0]!.click());
    expect(seen.at(-1)?.workAnyway).toEqual(['2026-11-26']);
    act(() => switches[0]!.click());
    expect(seen.at(-1)?.workAnyway).toEqual([]);
  });

  it('starts the days worked anyway afresh for another country', () => {
    const seen: HolidaysDraft[] = [];
    const root = show(<Harness start={{ country: 'US', region: 'NY', workAnyway: ['2026-11-26'] }} seen={seen} />);
    choose(root, fieldId('holidays.country'), 'GB');
    expect(seen.at(-1)).toEqual({ country: 'GB', region: '', workAnyway: [] });
  });
});

describe('the holiday draft', () => {
  it('round-trips a choice through the draft, and none stays none', () => {
    const none = profile({ id: 'a', timeZone: 'UTC' });
    expect('holidays' in fromDraft(toDraft(none, '24h')).profile).toBe(false);
    const usNy = { ...none, holidays: { country: 'US', region: 'NY', workAnyway: ['2026-11-26'] } };
    expect(fromDraft(toDraft(usNy, '24h')).profile.holidays).toEqual(usNy.holidays);
    const national = { ...none, holidays: { country: 'DE', workAnyway: [] } };
    expect(fromDraft(toDraft(national, '24h')).profile.holidays).toEqual({ country: 'DE', workAnyway: [] });
  });
});
