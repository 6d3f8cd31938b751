/**
 * The mapping step: what the file was read as, a preview of its first rows, and every choice
 * the import makes, open to change: which column is which field, the date order, swapped
 * coordinates, how foreign event types map onto this app's, and what to file rows under when
 * the file does not say. Nothing is assumed silently.
 */
import {
  DIRECTIONS,
  type Direction,
  EVENT_TYPES,
  type EventType,
  STATUSES,
  type Status,
} from '../data/schema';
import { DIRECTION_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { ENCODINGS, type Encoding } from './decode';
import { FIELD_LABELS, type ImportOptions, MAPPED_FIELDS, type MappedField } from './mapping';
import { LAT_COLUMN, LON_COLUMN } from './read-row';
import type { Sniffed } from './sniff';

interface Props {
  sniffed: Sniffed;
  options: ImportOptions;
  onChange(options: ImportOptions): void;
  onEncoding(encoding: Encoding): void;
  onLoad(): void;
  onCancel(): void;
}

const ACLED_READS: [string, string][] = [
  ['event_date', 'date'],
  ['sub_event_type (or event_type)', 'event type, as mapped below; both kept in the notes'],
  ['notes', 'summary'],
  ['actor1', '“Claimed by” (the actor ACLED attributes the event to)'],
  ['actor1, actor2', 'direction, where one of them is the US; otherwise as chosen below'],
  ['location, latitude, longitude, geo_precision', 'place (town or area)'],
  ['country, admin1', 'country and province'],
  ['source', 'sources'],
  ['fatalities', 'casualties (ACLED counts all deaths)'],
  ['time_precision', 'date precision'],
];

/** What blocks loading, in words; null when the choices can be loaded. */
export function mappingProblem(options: ImportOptions): string | null {
  if (options.profile !== 'generic') return null;
  const m = options.mapping;
  if (m.date === null) return 'Choose the column that holds the date.';
  if ((m.latitude === null) !== (m.longitude === null))
    return 'Choose both latitude and longitude, or neither.';
  return null;
}

function FieldSelect({
  field,
  sniffed,
  options,
  onChange,
}: { field: MappedField } & Omit<Props, 'onEncoding' | 'onLoad' | 'onCancel'>) {
  const fromGeometry = sniffed.kind === 'geojson' && (field === 'latitude' || field === 'longitude');
  const id = `map-${field}`;
  return (
    <div className="map-field">
      <label htmlFor={id}>{FIELD_LABELS[field]}</label>
      {fromGeometry ? (
        <output id={id}>from each feature’s point</output>
      ) : (
        <select
          id={id}
          value={options.mapping[field] ?? ''}
          onChange={(e) =>
            onChange({ ...options, mapping: { ...options.mapping, [field]: e.target.value || null } })
          }
        >
          <option value="">(not in the file)</option>
          {sniffed.fields.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

function TypeTable({ sniffed, options, onChange }: Omit<Props, 'onEncoding' | 'onLoad' | 'onCancel'>) {
  const chosen = new Map(options.typeMap);
  const set = (value: string, type: EventType) =>
    onChange({ ...options, typeMap: [...chosen.set(value, type).entries()] });
  return (
    <fieldset className="map-types">
      <legend>Event types</legend>
      <p className="import-hint">
        This app knows seven types. Each of the file’s types below maps to one; any not listed becomes “
        {TYPE_LABELS.other}”. The file’s own words are kept in every event’s notes, so nothing is lost.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col">Rows in the preview</th>
            <th scope="col">Shown as</th>
          </tr>
        </thead>
        <tbody>
          {sniffed.typeValues.map(({ value, count }) => (
            <tr key={value}>
              <td>{value}</td>
              <td>{count}</td>
              <td>
                <select
                  aria-label={`Type for “${value}”`}
                  value={chosen.get(value) ?? 'other'}
                  onChange={(e) => set(value, e.target.value as EventType)}
                >
                  {EVENT_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

function Preview({ sniffed }: { sniffed: Sniffed }) {
  const shown = sniffed.fields.filter((f) => f !== LAT_COLUMN && f !== LON_COLUMN);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section className="import-preview" tabIndex={0} aria-label="Preview of the first rows">
      <table>
        <thead>
          <tr>
            {shown.map((f) => (
              <th key={f} scope="col">
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sniffed.preview.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity and never reorder
            <tr key={r}>
              {shown.map((f) => {
                const text = row[sniffed.fields.indexOf(f)] ?? '';
                return <td key={f}>{text.length > 80 ? `${text.slice(0, 80)}…` : text}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function MappingStep({ sniffed, options, onChange, onEncoding, onLoad, onCancel }: Props) {
  const problem = mappingProblem(options);
  const foreign = options.profile !== 'app';
  return (
    <form
      className="mapping-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onLoad();
      }}
    >
      <p>
        Read as <strong>{sniffed.formatLabel}</strong>.{' '}
        <label>
          Encoding{' '}
          <select value={options.encoding} onChange={(e) => onEncoding(e.target.value as Encoding)}>
            {Object.entries(ENCODINGS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>{' '}
        <span className="import-hint">({sniffed.encodingReason})</span>
      </p>
      {sniffed.warnings.length > 0 && (
        <ul className="import-warning">
          {sniffed.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <Preview sniffed={sniffed} />
      {options.profile === 'app' && <p>Every column is read into the field of the same name.</p>}
      {options.profile === 'acled' && (
        <dl className="map-acled">
          {ACLED_READS.map(([from, to]) => (
            <div key={from}>
              <dt>{from}</dt>
              <dd>{to}</dd>
            </div>
          ))}
        </dl>
      )}
      {options.profile === 'generic' && (
        <fieldset className="map-fields">
          <legend>Which column is which</legend>
          {MAPPED_FIELDS.map((field) => (
            <FieldSelect key={field} field={field} sniffed={sniffed} options={options} onChange={onChange} />
          ))}
        </fieldset>
      )}
      {foreign && (
        <fieldset className="map-choices">
          <legend>How to read it</legend>
          <label>
            Dates like 03/04/2024 are{' '}
            <select
              value={options.dateOrder}
              onChange={(e) =>
                onChange({ ...options, dateOrder: e.target.value as ImportOptions['dateOrder'] })
              }
            >
              <option value="dmy">day first (3 April)</option>
              <option value="mdy">month first (4 March)</option>
            </select>
          </label>
          {sniffed.kind === 'csv' && (
            <label>
              <input
                type="checkbox"
                checked={options.swapCoordinates}
                onChange={(e) => onChange({ ...options, swapCoordinates: e.target.checked })}
              />{' '}
              Latitude and longitude are the wrong way round
            </label>
          )}
          <label>
            Rows that do not say which way an attack went are filed as{' '}
            <select
              value={options.defaultDirection}
              onChange={(e) => onChange({ ...options, defaultDirection: e.target.value as Direction })}
            >
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Rows without a status are filed as{' '}
            <select
              value={options.defaultStatus}
              onChange={(e) => onChange({ ...options, defaultStatus: e.target.value as Status })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <p className="import-hint">
            This app only knows attacks on US forces and US strikes, and four statuses; what the import
            assumes is said in the data bar, in citations and in every export.
          </p>
        </fieldset>
      )}
      {foreign && sniffed.typeValues.length > 0 && (
        <TypeTable sniffed={sniffed} options={options} onChange={onChange} />
      )}
      {problem && (
        <p className="import-error" role="alert">
          {problem}
        </p>
      )}
      <div className="import-actions">
        <button type="submit" className="primary" disabled={problem !== null}>
          Load the file
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
