/** One filter as a checkbox group: every option says how many events it would give. */
import type { FacetGroupSpec } from './facet-options';

interface Props {
  group: FacetGroupSpec;
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}

export function FacetGroup({ group, chosen, onChange }: Props) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...chosen, value].sort() : chosen.filter((v) => v !== value));
  return (
    <fieldset className={`facet facet-${group.key}`}>
      <legend>
        {group.legend}
        {chosen.length > 0 && <span className="facet-active"> ({chosen.length} chosen)</span>}
      </legend>
      <ul className="facet-options">
        {group.options.map((o) => (
          <li key={o.value}>
            <label className={o.count === 0 ? 'facet-empty' : undefined}>
              <input
                type="checkbox"
                name={group.key}
                value={o.value}
                checked={chosen.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <span className="facet-label">{o.label}</span>
              <span className="facet-count">
                {o.count}
                <span className="visually-hidden"> {o.count === 1 ? 'event' : 'events'}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
