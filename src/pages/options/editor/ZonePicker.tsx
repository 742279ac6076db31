import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  buildZoneIndex,
  searchZoneIndex,
  zoneMatchLabel,
  type ZoneAliasData,
  type ZoneIndex,
  type ZoneMatch,
} from '../../../core/zone-search.ts';
import { allTimeZones, isValidTimeZone, resolveTimeZone } from '../../../core/zones.ts';
import { InlineErrors } from '../../ui/InlineErrors.tsx';

export interface ZonePickerProps {
  id: string;
  label: string;
  /** The text in the box: a zone once picked, or what the user is still typing. */
  value: string;
  onChange: (value: string) => void;
  userZone: string;
  errors: readonly string[];
}

/** The search data (≈ 33 KB gzip), fetched once, the first time a picker is shown (exported for tests). */
let aliasesLoad: Promise<ZoneAliasData | null> | null = null;
export const loadAliases = () =>
  (aliasesLoad ??= import('./zone-aliases.ts').then(
    (m) => m.zoneAliases,
    () => {
      aliasesLoad = null; // Found again next time; meanwhile IANA names and offsets still work.
      return null;
    },
  ));

/**
 * A searchable time-zone picker (issue 16 point 6): an ARIA 1.2 combobox (text input + listbox)
 * over every zone, each group of equivalent zones once, the user's own first. It finds cities
 * ("Boston"), generic names ("Eastern"), abbreviations ("CET"), UTC offsets ("GMT+10") and
 * countries once its data has loaded, IANA names and offsets before. Arrow keys move, Enter
 * picks, Esc closes. While the box is empty it suggests the user's zone, never takes it silently.
 */
export function ZonePicker({ id, label, value, onChange, userZone, errors }: ZonePickerProps) {
  const [aliases, setAliases] = useState<ZoneAliasData | null>(null);
  useEffect(() => {
    let current = true;
    void loadAliases().then((data) => {
      if (current && data !== null) setAliases(data);
    });
    return () => {
      current = false;
    };
  }, []);
  const zones = useMemo(() => allTimeZones(userZone), [userZone]);
  // Building the index asks the engine about every zone (≈ 0.1–0.2 s): only once the list is
  // wanted or a moment after the data came, never while the editor first renders.
  const getIndex = useMemo(() => {
    let built: ZoneIndex | null = null;
    return () => (built ??= buildZoneIndex(zones, aliases, Date.now()));
  }, [zones, aliases]);
  useEffect(() => {
    if (aliases === null) return;
    const handle = window.setTimeout(() => getIndex(), 300);
    return () => window.clearTimeout(handle);
  }, [getIndex, aliases]);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const options: ZoneMatch[] = useMemo(
    () => (open ? searchZoneIndex(getIndex(), filter) : []),
    [open, getIndex, filter],
  );
  const ownZone = open && isValidTimeZone(userZone) ? (getIndex().canonical.get(userZone.toLowerCase()) ?? null) : null;
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const chosen = isValidTimeZone(value) ? value : null;
  const now = Date.now();

  useEffect(() => {
    if (!open) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [open, active, filter]);

  const openList = (showAll: boolean) => {
    const nextFilter = showAll ? '' : value;
    setFilter(nextFilter);
    const index = getIndex();
    const list = searchZoneIndex(index, nextFilter);
    const head = index.canonical.get(value.toLowerCase()) ?? value;
    const current = list.findIndex((m) => m.zone === head);
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
        const option = options[active];
        if (open && option !== undefined) {
          e.preventDefault();
          pick(option.zone);
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
    // "america/new_york" or "US/Eastern" typed by hand: store the zone's current IANA name.
    const exact = resolveTimeZone(value);
    if (exact !== null && exact !== value) onChange(exact);
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
              No zone matches “{filter.trim()}” — try a city or a UTC offset such as GMT+10.
            </li>
          ) : null}
          {open
            ? options.map(({ zone, label: zoneText, matched }, i) => (
                <li
                  key={zone}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  class={i === active ? 'rc-combobox__option rc-combobox__option--active' : 'rc-combobox__option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(zone)}
                >
                  <span class="rc-combobox__zone">{zoneText}</span>
                  <span class="rc-muted">
                    {matched !== null ? `${matched} · ` : ''}
                    {zone}
                    {zone === ownZone ? ' · your time zone' : ''}
                  </span>
                </li>
              ))
            : null}
        </ul>
      </div>
      <span id={hintId} class="rc-field__hint">
        {chosen !== null
          ? `${zoneMatchLabel(chosen, now)}. Type to search: a city, “Eastern”, “CET” or “GMT+10”.`
          : 'Type a city, a zone name such as “Eastern” or “CET”, or an offset such as “GMT+10”; arrow keys move, Enter picks.'}
      </span>
      {value.trim() === '' && isValidTimeZone(userZone) ? (
        <p class="rc-zone-suggestion">
          <span class="rc-muted">Suggestion: </span>
          <button type="button" class="rc-link-button" onClick={() => onChange(userZone)}>
            Use my time zone, {zoneMatchLabel(userZone, now)}
          </button>
        </p>
      ) : null}
      <InlineErrors id={errorId} messages={errors} />
    </div>
  );
}
