import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { allTimeZones, isValidTimeZone, zoneLabel } from '../../../core/zones.ts';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { searchZones } from './zone-search.ts';

export interface ZonePickerProps {
  id: string;
  label: string;
  /** The text in the box: a zone once picked, or what the user is still typing. */
  value: string;
  onChange: (value: string) => void;
  userZone: string;
  errors: readonly string[];
}

/**
 * A searchable time-zone picker: an ARIA 1.2 combobox (text input + listbox) over every IANA
 * zone, the user's own first. Arrow keys move, Enter picks, Esc closes.
 */
export function ZonePicker({ id, label, value, onChange, userZone, errors }: ZonePickerProps) {
  const zones = useMemo(() => allTimeZones(userZone), [userZone]);
  const labels = useMemo(() => {
    const now = new Date().toISOString();
    return new Map(zones.map((z) => [z, zoneLabel(z, now)]));
  }, [zones]);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const options = useMemo(() => searchZones(zones, labels, filter), [zones, labels, filter]);
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const chosen = isValidTimeZone(value) ? value : null;

  useEffect(() => {
    if (!open) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [open, active, filter]);

  const openList = (showAll: boolean) => {
    const nextFilter = showAll ? '' : value;
    setFilter(nextFilter);
    const list = searchZones(zones, labels, nextFilter);
    const current = list.indexOf(value);
    setActive(current >= 0 ? current : 0);
    setOpen(true);
  };

  const pick = (zone: string) => {
    onChange(zone);
    setOpen(false);
    setFilter('');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openList(chosen !== null);
        else setActive((a) => Math.min(a + 1, options.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openList(chosen !== null);
        else setActive((a) => Math.max(a - 1, 0));
        break;
      case 'PageDown':
        if (open) {
          e.preventDefault();
          setActive((a) => Math.min(a + 10, options.length - 1));
        }
        break;
      case 'PageUp':
        if (open) {
          e.preventDefault();
          setActive((a) => Math.max(a - 10, 0));
        }
        break;
      case 'Enter': {
        const zone = options[active];
        if (open && zone !== undefined) {
          e.preventDefault();
          pick(zone);
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        }
        break;
      default:
        break;
    }
  };

  const onBlur = () => {
    setOpen(false);
    // "america/new_york" typed by hand is the same zone: store it as spelled in the list.
    const exact = zones.find((z) => z.toLowerCase() === value.trim().toLowerCase());
    if (exact !== undefined && exact !== value) onChange(exact);
  };

  const describedBy = [hintId, errors.length > 0 ? errorId : null].filter(Boolean).join(' ');
  const activeOption = open && options.length > 0 ? optionId(active) : undefined;

  return (
    <div class="rc-field rc-combobox">
      <label class="rc-field__label" for={id}>
        {label}
      </label>
      <div class="rc-combobox__box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption}
          aria-describedby={describedBy}
          aria-invalid={errors.length > 0 ? 'true' : undefined}
          value={value}
          onInput={(e) => {
            const text = e.currentTarget.value;
            onChange(text);
            setFilter(text);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onClick={() => (open ? setOpen(false) : openList(true))}
          onBlur={onBlur}
        />
        <ul id={listId} ref={listRef} role="listbox" aria-label="Time zones" class="rc-combobox__list" hidden={!open}>
          {open && options.length === 0 ? (
            <li class="rc-combobox__empty" role="presentation">
              No time zone matches “{filter}”.
            </li>
          ) : null}
          {open
            ? options.map((zone, i) => (
                <li
                  key={zone}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  class={i === active ? 'rc-combobox__option rc-combobox__option--active' : 'rc-combobox__option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(zone)}
                >
                  <span class="rc-combobox__zone">{zone}</span>
                  <span class="rc-muted">
                    {labels.get(zone)}
                    {zone === userZone ? ' · your time zone' : ''}
                  </span>
                </li>
              ))
            : null}
        </ul>
      </div>
      <span id={hintId} class="rc-field__hint">
        {chosen !== null
          ? `${labels.get(chosen) ?? chosen}. Type to search, e.g. “new y” for New York.`
          : 'Type a city or region, e.g. “new y” for New York; arrow keys move, Enter picks.'}
      </span>
      <InlineErrors id={errorId} messages={errors} />
    </div>
  );
}
