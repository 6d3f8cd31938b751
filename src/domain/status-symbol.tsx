/** The map's event icon as inline SVG (same colour and shape), for the list, panels and legend. */
import type { EventType, Status } from '../data/schema';
import { OUTLINE_COLOUR, STATUS_SHAPES, TYPE_COLOURS } from './symbols';

interface Props {
  type: EventType | null;
  status: Status;
  size?: number;
}

/** A neutral grey stands in for "any type" in the legend's status rows. */
const NEUTRAL = '#9aa3ad';

export function StatusSymbol({ type, status, size = 16 }: Props) {
  const colour = type ? TYPE_COLOURS[type] : NEUTRAL;
  const shape = STATUS_SHAPES[status];
  const common = { stroke: OUTLINE_COLOUR, strokeWidth: 1.5 };
  return (
    <svg className="status-symbol" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      {shape === 'disc' && <circle cx="12" cy="12" r="9" fill={colour} {...common} />}
      {shape === 'ring' && <circle cx="12" cy="12" r="7.5" fill="#ffffff" stroke={colour} strokeWidth="4" />}
      {shape === 'ring' && (
        <circle cx="12" cy="12" r="9.6" fill="none" stroke={OUTLINE_COLOUR} strokeWidth="1" />
      )}
      {shape === 'diamond' && <polygon points="12,1.5 22.5,12 12,22.5 1.5,12" fill={colour} {...common} />}
      {shape === 'triangle' && <polygon points="12,2.5 22.5,20.5 1.5,20.5" fill={colour} {...common} />}
    </svg>
  );
}
