/**
 * The holiday picker's data, asked of the worker (the holiday library is worker-only): the
 * country and region lists, and the next 12 months of the chosen place's public holidays.
 */
import { useEffect, useState } from 'preact/hooks';
import type { HolidayDate, HolidayPlace } from '../../../core/holiday-choice.ts';
import type { IsoDate } from '../../../core/profile.ts';
import { call } from '../../ui/rpc.ts';

export interface HolidayPlacesState {
  countries: HolidayPlace[];
  regions: HolidayPlace[];
  /** Set when the worker could not answer: shown instead of the lists. */
  error: string | null;
}

/** Countries once, and the regions of `country` whenever it changes. */
export function useHolidayPlaces(country: string): HolidayPlacesState {
  const [state, setState] = useState<HolidayPlacesState>({ countries: [], regions: [], error: null });
  useEffect(() => {
    let current = true;
    void call('holidays/places', country === '' ? {} : { country }).then((answer) => {
      if (!current) return;
      setState((prev) =>
        answer.ok ? { ...answer.value, error: null } : { ...prev, regions: [], error: answer.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [country]);
  return state;
}

export interface HolidayListState {
  /** The public holidays of the 12 months from today in the client's zone; empty without a country. */
  dates: HolidayDate[];
  loading: boolean;
  error: string | null;
}

/** Today in `zone` (`YYYY-MM-DD`), or in the user's zone while the typed zone is not a real one. */
export function todayIn(zone: string, now = new Date()): IsoDate {
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  try {
    return format(zone);
  } catch {
    return format();
  }
}

export function useHolidayList(country: string, region: string, zone: string): HolidayListState {
  const [state, setState] = useState<HolidayListState>({ dates: [], loading: false, error: null });
  const from = todayIn(zone);
  useEffect(() => {
    if (country === '') {
      setState({ dates: [], loading: false, error: null });
      return;
    }
    let current = true;
    setState((prev) => ({ ...prev, loading: true }));
    void call('holidays/list', region === '' ? { country, from } : { country, region, from }).then((answer) => {
      if (!current) return;
      setState(
        answer.ok
          ? { dates: answer.value, loading: false, error: null }
          : { dates: [], loading: false, error: answer.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [country, region, from]);
  return state;
}
