/**
 * Colours by event type, from the Okabe–Ito palette so that they stay distinct for the
 * common forms of colour blindness; status is carried by shape, not by colour alone.
 * Shared by the map layers and the legend so the two cannot disagree.
 */
import type { EventType, Status } from '../data/schema';

export const TYPE_COLOURS: Record<EventType, string> = {
  drone_attack: '#E69F00',
  rocket_attack: '#D55E00',
  missile: '#CC79A7',
  mixed: '#8C510A',
  interception: '#56B4E9',
  us_airstrike: '#0072B2',
  other: '#7A7A7A',
};

export const TYPE_LABELS: Record<EventType, string> = {
  drone_attack: 'Drone attack',
  rocket_attack: 'Rocket attack',
  missile: 'Missile attack',
  mixed: 'Rockets and drones',
  interception: 'Intercepted attack',
  us_airstrike: 'US strike',
  other: 'Other incident',
};

export const STATUS_LABELS: Record<Status, string> = {
  confirmed_by_us_officials: 'Confirmed by US officials',
  reported_by_media: 'Reported by media',
  claimed_only: 'Claimed only',
  disputed: 'Disputed',
};

/**
 * Status is carried by shape, so it reads without colour: a solid disc for what US
 * officials confirmed, a diamond for media reports, a hollow ring for a bare claim, a
 * triangle for what sources dispute. Map icons, legend and list swatches share these.
 */
export type StatusShape = 'disc' | 'diamond' | 'ring' | 'triangle';

export const STATUS_SHAPES: Record<Status, StatusShape> = {
  confirmed_by_us_officials: 'disc',
  reported_by_media: 'diamond',
  claimed_only: 'ring',
  disputed: 'triangle',
};

export const OUTLINE_COLOUR = '#1b1b1b';

/** The map icon's name for one type and status (images are generated at runtime). */
export function symbolImageName(type: EventType, status: Status): string {
  return `event-${type}-${status}`;
}

export const BADGE_COLOUR = '#243447';
