import type { ZoneAliasData } from '../../src/core/zone-search.ts';

export interface TzdbZone {
  name: string;
  alternativeName: string;
  group: string[];
  countryName: string;
  mainCities: string[];
  abbreviation: string;
  dstAbbreviation?: string;
}

export interface CityRecord {
  city: string;
  pop: number;
  timezone: string;
}

export type ZoneAliasFile = ZoneAliasData & { about: string };

export const MIN_CITY_POPULATION: number;
export const FORMER_CITY_NAMES: Readonly<Record<string, string>>;
export function buildZoneAliases(
  tzdb: readonly TzdbZone[],
  cityMap: readonly CityRecord[],
  about: string,
): ZoneAliasFile;
