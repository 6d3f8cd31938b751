/** What the symbols mean: colour is the type, shape is the status, a number is several events at one place. */
import { EVENT_TYPES, STATUSES } from '../data/schema';
import { StatusSymbol } from '../domain/status-symbol';
import { STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { BADGE_COLOUR } from '../domain/symbols';
import './map-legend.css';

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
        <p className="legend-heading">Places</p>
        <ul>
          <li>
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
              <circle cx="12" cy="12" r="10" fill={BADGE_COLOUR} stroke="#fff" strokeWidth="2" />
              <text x="12" y="16" textAnchor="middle" fontSize="11" fill="#fff">
                3
              </text>
            </svg>
            Several events at one place: opens the place
          </li>
        </ul>
        <p className="legend-note">Events without a known location are in the list only.</p>
      </div>
    </details>
  );
}
