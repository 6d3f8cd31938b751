/**
 * The hover card over a mark: date, type, place and count at a glance, without moving
 * anything else on the page (the list keeps its scroll: ux-review D14). Text only, from the
 * data through React, so a hostile place name stays text.
 */
import { STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { StatusSymbol } from '../domain/status-symbol';
import { TYPE_COLOURS } from '../domain/symbols';
import type { HoverCard } from './map-controller';
import { casualtyLine, clickHint, markTitle } from './mark-words';

interface Props {
  card: HoverCard;
  /** Width of the map, to open the card on the side with room. */
  width: number;
  atMaxZoom: boolean;
}

export function MapTooltip({ card, width, atMaxZoom }: Props) {
  const s = card.summary;
  const left = card.x > width - 280;
  const casualties = casualtyLine(s);
  return (
    <div
      className={`map-tooltip${left ? ' map-tooltip-left' : ''}`}
      style={{ left: left ? card.x - card.r - 8 : card.x + card.r + 8, top: card.y }}
      data-testid="map-tooltip"
      aria-hidden="true"
    >
      {s.event ? (
        <>
          <p className="tip-title">
            <StatusSymbol type={s.event.type} status={s.event.status} size={14} />
            {TYPE_LABELS[s.event.type]}
          </p>
          <p>{s.dates}</p>
          <p className="tip-place">{s.places[0]?.name}</p>
          <p className="tip-soft">{STATUS_LABELS[s.event.status]}</p>
        </>
      ) : (
        <>
          <p className="tip-title">{markTitle(s)}</p>
          <p>{s.dates}</p>
          <ul className="tip-types">
            {s.types.slice(0, 4).map((t) => (
              <li key={t.type}>
                <span className="tip-swatch" style={{ background: TYPE_COLOURS[t.type] }} />
                {TYPE_LABELS[t.type]}: {t.n}
              </li>
            ))}
            {s.types.length > 4 && <li>and {s.types.length - 4} more types</li>}
          </ul>
        </>
      )}
      {casualties && <p className="tip-severe">{casualties}</p>}
      <p className="tip-hint">{clickHint(s, atMaxZoom)}</p>
    </div>
  );
}
