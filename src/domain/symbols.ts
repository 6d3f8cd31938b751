/**
 * How the domain looks: colours by event type, from the Okabe–Ito palette so that they stay
 * distinct for the common forms of colour blindness, and shapes by status, so status reads
 * without colour. The map turns these into MapLibre expressions; the legend, list, panels and
 * timeline draw them directly, so none of them can disagree.
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

/**
 * Status is carried by shape: a solid disc for what US officials confirmed, a diamond for
 * media reports, a hollow ring for a bare claim, a triangle for what sources dispute.
 */
export type StatusShape = 'disc' | 'diamond' | 'ring' | 'triangle';

export const STATUS_SHAPES: Record<Status, StatusShape> = {
  confirmed_by_us_officials: 'disc',
  reported_by_media: 'diamond',
  claimed_only: 'ring',
  disputed: 'triangle',
};

export const OUTLINE_COLOUR = '#1b1b1b';

export const BADGE_COLOUR = '#243447';

/**
 * Events in which US or coalition personnel were killed or wounded (src/data/severity.ts):
 * a red ring on the map (solid for killed, dashed for wounded) and a red mark in the list.
 */
export const SEVERITY_COLOUR = '#b00020';
