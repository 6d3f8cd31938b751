/** The view state's vocabulary, shared by the store, the URL codec and the derivations. */
import type { DayNumber } from '../shared/civil-date';
import type { Direction, EventType, Status } from './schema';

/** Empty list = no restriction on that field. */
export interface Filters {
  types: EventType[];
  directions: Direction[];
  claimants: string[];
  countries: string[];
  statuses: Status[];
  sites: string[];
}

export const EMPTY_FILTERS: Filters = {
  types: [],
  directions: [],
  claimants: [],
  countries: [],
  statuses: [],
  sites: [],
};

export type FilterKey = keyof Filters;

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
