import type { HolidayDate } from '../../../core/holiday-choice.ts';
import type { Problem } from '../../../core/problem.ts';
import { Field } from '../../ui/Field.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { messagesAt, messagesUnder } from '../../ui/problems.ts';
import type { HolidaysDraft } from './draft.ts';
import type { HolidayListState, HolidayPlacesState } from './use-holidays.ts';

export interface HolidaysEditorProps {
  value: HolidaysDraft;
  places: HolidayPlacesState;
  list: HolidayListState;
  problems: readonly Problem[];
  onChange: (update: (prev: HolidaysDraft) => HolidaysDraft) => void;
}

const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `Thu 26 November 2026`: the calendar day itself (no zone can move it), the same in every browser. */
function dayText(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS_SHORT[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${weekday} ${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** One line per day: two holidays on one day share its switch. */
function byDay(dates: readonly HolidayDate[]): { date: string; names: string[] }[] {
  const days: { date: string; names: string[] }[] = [];
  for (const { date, name } of dates) {
    const last = days[days.length - 1];
    if (last?.date === date) {
      if (!last.names.includes(name)) last.names.push(name);
    } else days.push({ date, names: [name] });
  }
  return days;
}

/**
 * "Observe the public holidays of" (issue 15.3): a country, a region where it has them, and the
 * next 12 months listed with a "work that day anyway" switch each. Public holidays only; none by
 * default. The lists and dates come from the worker (use-holidays.ts).
 */
export function HolidaysEditor({ value, places, list, problems, onChange }: HolidaysEditorProps) {
  const countryId = fieldId('holidays.country');
  const regionId = fieldId('holidays.region');
  const countryName = places.countries.find((c) => c.code === value.country)?.name ?? value.country;
  // A stored code the lists do not hold (yet) stays selectable, so the select never hides it.
  const countries =
    value.country !== '' && !places.countries.some((c) => c.code === value.country)
      ? [...places.countries, { code: value.country, name: value.country }]
      : places.countries;
  const regions =
    value.region !== '' && !places.regions.some((r) => r.code === value.region)
      ? [...places.regions, { code: value.region, name: value.region }]
      : places.regions;
  const toggle = (date: string, work: boolean) =>
    onChange((prev) => ({
      ...prev,
      workAnyway: work
        ? [...prev.workAnyway.filter((d) => d !== date), date].sort()
        : prev.workAnyway.filter((d) => d !== date),
    }));

  return (
    <fieldset id={fieldId('holidays')} class="rc-holidays">
      <legend>Public holidays</legend>
      <p class="rc-field__hint">
        The client's public holidays count as time off, in the client's time zone: the guard holds a Send on them and
        promises skip them. Public holidays only.
      </p>
      <InlineErrors id={`${fieldId('holidays')}-errors`} messages={messagesAt(problems, 'holidays')} />
      {places.error === null ? null : <p role="alert">{places.error}</p>}
      <div class="rc-row">
        <Field
          id={countryId}
          label="Observe the public holidays of"
          errors={messagesUnder(problems, 'holidays.country')}
        >
          {(control) => (
            <select
              {...control}
              value={value.country}
              onChange={(e) => {
                const country = e.currentTarget.value;
                // Another place has other days: the region and the days worked anyway start afresh.
                onChange(() => ({ country, region: '', workAnyway: [] }));
              }}
            >
              <option value="">No public holidays</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {value.country !== '' && regions.length > 0 ? (
          <Field id={regionId} label="Region" errors={messagesUnder(problems, 'holidays.region')}>
            {(control) => (
              <select
                {...control}
                value={value.region}
                onChange={(e) => {
                  const region = e.currentTarget.value;
                  onChange((prev) => ({ ...prev, region, workAnyway: [] }));
                }}
              >
                <option value="">All of {countryName} (national holidays only)</option>
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      {value.country === '' ? null : (
        <HolidayList list={list} workAnyway={value.workAnyway} onToggle={toggle} problems={problems} />
      )}
      <p class="rc-muted rc-holidays__credit">Public holiday data: date-holidays, CC BY-SA 3.0</p>
    </fieldset>
  );
}

interface HolidayListProps {
  list: HolidayListState;
  workAnyway: readonly string[];
  problems: readonly Problem[];
  onToggle: (date: string, work: boolean) => void;
}

function HolidayList({ list, workAnyway, problems, onToggle }: HolidayListProps) {
  if (list.error !== null) return <p role="alert">{list.error}</p>;
  if (list.loading && list.dates.length === 0) return <p class="rc-muted">Looking up the public holidays…</p>;
  const days = byDay(list.dates);
  if (days.length === 0) return <p class="rc-muted">No public holidays in the next 12 months.</p>;
  return (
    <div>
      <h3 class="rc-holidays__heading" id="holidays-list-heading">
        The next 12 months
      </h3>
      <InlineErrors
        id={`${fieldId('holidays.workAnyway')}-errors`}
        messages={messagesUnder(problems, 'holidays.workAnyway')}
      />
      <ul class="rc-holidays__list" aria-labelledby="holidays-list-heading">
        {days.map(({ date, names }) => {
          const id = `holiday-${date}`;
          const working = workAnyway.includes(date);
          const text = `${dayText(date)}, ${names.join(', ')}`;
          return (
            <li key={date} class="rc-holidays__day">
              <span id={`${id}-name`}>{text}</span>
              <span class="rc-field--inline">
                <input
                  id={id}
                  type="checkbox"
                  role="switch"
                  checked={working}
                  aria-describedby={`${id}-name`}
                  onChange={(e) => onToggle(date, e.currentTarget.checked)}
                />
                <label class="rc-field__label" for={id}>
                  Work that day anyway<span class="rc-visually-hidden"> ({text})</span>
                </label>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
