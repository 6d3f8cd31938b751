/** One filter as a checkbox group: every option says how many events it would give. */
import { memo, useCallback, useRef, useState } from 'react';
import type { FacetGroupSpec } from './facet-options';

interface Props {
  group: FacetGroupSpec;
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}

interface OptionProps {
  name: string;
  value: string;
  label: string;
  count: number;
  checked: boolean;
  onToggle: (value: string, on: boolean) => void;
}

/**
 * One checkbox. Memoised on plain values: a window move changes a few counts, and only those
 * rows render again (a long list once re-rendered every row on every move, issue 13).
 */
const FacetOptionRow = memo(function FacetOptionRow({
  name,
  value,
  label,
  count,
  checked,
  onToggle,
}: OptionProps) {
  return (
    <li>
      <label className={count === 0 ? 'facet-empty' : undefined}>
        <input
          type="checkbox"
          name={name}
          value={value}
          checked={checked}
          onChange={(e) => onToggle(value, e.target.checked)}
        />
        <span className="facet-label">{label}</span>
        <span className="facet-count">
          {count}
          <span className="visually-hidden"> {count === 1 ? 'event' : 'events'}</span>
        </span>
      </label>
    </li>
  );
});

export function FacetGroup({ group, chosen, onChange }: Props) {
  const [all, setAll] = useState(false);
  // One toggle for every row, reading the latest choice: a new function per render would
  // make every memoised row render again.
  const latest = useRef({ chosen, onChange });
  latest.current = { chosen, onChange };
  const onToggle = useCallback((value: string, on: boolean) => {
    const { chosen: now, onChange: change } = latest.current;
    change(on ? [...now, value].sort() : now.filter((v) => v !== value));
  }, []);
  const featured = group.featured;
  // A chosen value stays listed, featured or not, so it can be unticked.
  const shown =
    featured && !all
      ? group.options.filter((o) => featured.has(o.value) || chosen.includes(o.value))
      : group.options;
  return (
    <fieldset className={`facet facet-${group.key}`}>
      <legend>
        {group.legend}
        {chosen.length > 0 && <span className="facet-active"> ({chosen.length} chosen)</span>}
      </legend>
      <ul className="facet-options">
        {shown.map((o) => (
          <FacetOptionRow
            key={o.value}
            name={group.key}
            value={o.value}
            label={o.label}
            count={o.count}
            checked={chosen.includes(o.value)}
            onToggle={onToggle}
          />
        ))}
      </ul>
      {featured && (
        <button type="button" className="facet-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all
            ? `Show the ${featured.size} with the most events`
            : `Show all ${group.options.length.toLocaleString('en')} options`}
        </button>
      )}
    </fieldset>
  );
}
