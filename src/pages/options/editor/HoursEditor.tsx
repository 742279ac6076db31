import { useState } from 'preact/hooks';
import { WEEKDAYS, type Weekday } from '../../../core/profile.ts';
import type { Problem } from '../../../core/problem.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt } from '../../ui/problems.ts';
import { useFocusRequest } from '../../ui/use-focus-request.ts';
import { wallTimeText } from '../../ui/wall-time-text.ts';
import { nextKey, readTime, type Clock, type WindowDraft } from './draft.ts';
import { WEEKDAY_NAMES } from '../../../core/profile-validation.ts';
import { WindowRow } from './WindowRow.tsx';

export type HoursDraft = Record<Weekday, WindowDraft[]>;

export interface HoursEditorProps {
  hours: HoursDraft;
  timeZone: string;
  clock: Clock;
  problems: readonly Problem[];
  /** Called with an update, applied to the latest hours (never a stale copy). */
  onChange: (update: (hours: HoursDraft) => HoursDraft) => void;
}

const WORKDAYS_AFTER_MONDAY: Weekday[] = ['tue', 'wed', 'thu', 'fri'];

/**
 * The weekly hours, usable with the keyboard alone: per weekday its windows (start/end as text,
 * lenient times), "ends next day" for overnight windows, Add window / Remove, and
 * "Copy Monday to Tue–Fri". Focus follows every add and remove.
 */
export function HoursEditor({ hours, timeZone, clock, problems, onChange }: HoursEditorProps) {
  const requestFocus = useFocusRequest();
  const [announcement, setAnnouncement] = useState('');

  const setDay = (day: Weekday, update: (windows: WindowDraft[]) => WindowDraft[]) =>
    onChange((prev) => ({ ...prev, [day]: update(prev[day]) }));

  const addWindow = (day: Weekday) => {
    const windows = hours[day];
    const last = windows[windows.length - 1];
    // A sensible next window: after the last one, else office hours.
    const fresh: WindowDraft = last
      ? { key: nextKey(), start: last.overnight ? '' : last.end, end: '', overnight: false }
      : { key: nextKey(), start: wallTimeText('09:00', clock), end: wallTimeText('17:00', clock), overnight: false };
    setDay(day, (prev) => [...prev, fresh]);
    requestFocus(fieldId(`hours.${day}[${windows.length}].start`));
    setAnnouncement(`${WEEKDAY_NAMES[day]} window ${windows.length + 1} added.`);
  };

  const removeWindow = (day: Weekday, index: number) => {
    const windows = hours[day].filter((_, i) => i !== index);
    setDay(day, (prev) => prev.filter((_, i) => i !== index));
    const next = Math.min(index, windows.length - 1);
    requestFocus(next >= 0 ? fieldId(`hours.${day}[${next}].start`) : `add-window-${day}`);
    setAnnouncement(
      `${WEEKDAY_NAMES[day]} window ${index + 1} removed.${windows.length === 0 ? ` ${WEEKDAY_NAMES[day]} is now a day off.` : ''}`,
    );
  };

  const normalise = (day: Weekday, key: number, part: 'start' | 'end') => {
    setDay(day, (prev) =>
      prev.map((w) => {
        if (w.key !== key) return w;
        const parsed = readTime(w[part], part === 'end', w.overnight);
        return parsed === null ? w : { ...w, [part]: wallTimeText(parsed, clock) };
      }),
    );
  };

  const copyMonday = () => {
    onChange((prev) => {
      const copy = { ...prev };
      for (const day of WORKDAYS_AFTER_MONDAY) copy[day] = prev.mon.map((w) => ({ ...w, key: nextKey() }));
      return copy;
    });
    setAnnouncement(
      hours.mon.length === 0
        ? 'Tuesday to Friday are now days off, like Monday.'
        : "Monday's hours were copied to Tuesday, Wednesday, Thursday and Friday.",
    );
  };

  return (
    <fieldset id={fieldId('hours')} class="rc-hours">
      <legend>Weekly hours</legend>
      <p class="rc-field__hint">
        The hours you answer this client, in the client's time zone{timeZone ? ` (${timeZone})` : ''}. A day without
        windows is a day off. Times like 9, 9:00, 0900 or 9am all work.
      </p>
      <InlineErrors id={`${fieldId('hours')}-errors`} messages={messagesAt(problems, 'hours')} />
      {WEEKDAYS.map((day) => {
        const windows = hours[day];
        const dayPath = `hours.${day}`;
        return (
          <fieldset key={day} id={fieldId(dayPath)} class="rc-day">
            <legend>{WEEKDAY_NAMES[day]}</legend>
            {windows.length === 0 ? <p class="rc-muted rc-day__off">Day off</p> : null}
            {windows.map((w, i) => (
              <WindowRow
                key={w.key}
                name={`${WEEKDAY_NAMES[day]} window ${i + 1}`}
                path={`${dayPath}[${i}]`}
                window={w}
                problems={problems}
                onChange={(next) => setDay(day, (prev) => prev.map((x) => (x.key === w.key ? next : x)))}
                onTimeBlur={(part) => normalise(day, w.key, part)}
                onRemove={() => removeWindow(day, i)}
              />
            ))}
            <InlineErrors id={`${fieldId(dayPath)}-errors`} messages={messagesAt(problems, dayPath)} />
            <div class="rc-row rc-day__actions">
              <Button
                small
                id={`add-window-${day}`}
                aria-label={`Add window to ${WEEKDAY_NAMES[day]}`}
                onClick={() => addWindow(day)}
              >
                Add window
              </Button>
              {day === 'mon' ? (
                <Button small onClick={copyMonday}>
                  Copy Monday to Tue–Fri
                </Button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <p class="rc-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
