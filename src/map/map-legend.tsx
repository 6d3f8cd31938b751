/**
 * What the marks mean: colour is the type, shape is the status, a ring of colours is a
 * group (its segments the types, its number the count), and red marks US/coalition
 * casualties. Drawn with the same colours and shapes as the map (domain/symbols.ts).
 */
import { EVENT_TYPES, type EventType, STATUSES } from '../data/schema';
import { SEVERITY_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { StatusSymbol } from '../domain/status-symbol';
import { OUTLINE_COLOUR, SEVERITY_COLOUR, TYPE_COLOURS } from '../domain/symbols';
import { donutSegments } from './mark-picture';
import './map-legend.css';

/** A sample group: 5 drone attacks, 2 rocket attacks and 1 US strike. */
const SAMPLE: number[] = EVENT_TYPES.map((t: EventType) =>
  t === 'drone_attack' ? 5 : t === 'rocket_attack' ? 2 : t === 'us_airstrike' ? 1 : 0,
);

function Donut({ badge }: { badge: boolean }) {
  const r = 10;
  const arc = (from: number, to: number) => {
    const x = (a: number) => 12 + r * Math.sin(a);
    const y = (a: number) => 12 - r * Math.cos(a);
    return `M12 12L${x(from)} ${y(from)}A${r} ${r} 0 ${to - from > Math.PI ? 1 : 0} 1 ${x(to)} ${y(to)}Z`;
  };
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      {donutSegments(SAMPLE).map((s) => (
        <path key={s.type} d={arc(s.from, s.to)} fill={TYPE_COLOURS[s.type]} />
      ))}
      <circle cx="12" cy="12" r={r} fill="none" stroke={OUTLINE_COLOUR} strokeWidth="1" />
      <circle cx="12" cy="12" r="5.6" fill="#fff" stroke={OUTLINE_COLOUR} strokeWidth="0.8" />
      <text x="12" y="15" textAnchor="middle" fontSize="8" fontWeight="700" fill="#1d2733">
        8
      </text>
      {badge && <circle cx="19.5" cy="4.5" r="3.2" fill={SEVERITY_COLOUR} stroke="#fff" strokeWidth="1" />}
    </svg>
  );
}

function SevereSymbol({ dashed }: { dashed: boolean }) {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      <circle
        cx="12"
        cy="12"
        r="7"
        fill={TYPE_COLOURS.drone_attack}
        stroke={OUTLINE_COLOUR}
        strokeWidth="1.2"
      />
      <circle
        cx="12"
        cy="12"
        r="10"
        fill="none"
        stroke={SEVERITY_COLOUR}
        strokeWidth="2.2"
        strokeDasharray={dashed ? '3 2' : undefined}
      />
    </svg>
  );
}

export function MapLegend() {
  return (
    <details className="map-legend">
      <summary>Legend</summary>
      <div className="legend-body">
        <p className="legend-heading">Colour: type</p>
        <ul>
          {EVENT_TYPES.map((t) => (
            <li key={t}>
              <StatusSymbol type={t} status="confirmed_by_us_officials" size={14} />
              {TYPE_LABELS[t]}
            </li>
          ))}
        </ul>
        <p className="legend-heading">Shape: status</p>
        <ul>
          {STATUSES.map((s) => (
            <li key={s}>
              <StatusSymbol type={null} status={s} size={14} />
              {STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
        <p className="legend-heading">Groups</p>
        <ul>
          <li>
            <Donut badge={false} />
            Several events: the ring shows their types, the number how many. Click to zoom in, or to choose
            where they share one place.
          </li>
        </ul>
        <p className="legend-heading">US/coalition casualties</p>
        <ul>
          <li>
            <SevereSymbol dashed={false} />
            {SEVERITY_LABELS.killed}
          </li>
          <li>
            <SevereSymbol dashed />
            {SEVERITY_LABELS.wounded}
          </li>
          <li>
            <Donut badge />A group with such an event
          </li>
        </ul>
        <p className="legend-note">
          Place names show only where events are in view. Events without a known location are in the list
          only.
        </p>
      </div>
    </details>
  );
}
