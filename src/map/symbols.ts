/**
 * Colours by event type, from the Okabe–Ito palette so that they stay distinct for the
 * common forms of colour blindness; status is carried by the outline, not by colour alone.
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

/** Outline per status: width and colour. A thick dark ring reads as "confirmed". */
export const STATUS_OUTLINE: Record<Status, { width: number; colour: string }> = {
  confirmed_by_us_officials: { width: 2.5, colour: '#1b1b1b' },
  reported_by_media: { width: 1.5, colour: '#ffffff' },
  claimed_only: { width: 1, colour: '#ffffff' },
  disputed: { width: 2.5, colour: '#b00020' },
};

export const BADGE_COLOUR = '#243447';
