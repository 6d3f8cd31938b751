/** The view state's vocabulary, shared by the store, the URL codec and the derivations. */
import type { DayNumber } from '../shared/civil-date';
import { FILTER_KEYS, type FilterKey, type FilterValue } from './filter-spec';

/** The chosen values of every filter; an empty list = no restriction on that field. */
export type Filters = { [K in FilterKey]: FilterValue<K>[] };

/** Nothing chosen anywhere. Built from the table, so a new filter starts empty too. */
export const EMPTY_FILTERS = Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Filters;

/** An inclusive range of civil days. */
export type DayRange = [DayNumber, DayNumber];

export interface Selection {
  kind: 'event' | 'site';
  id: string;
}

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}
