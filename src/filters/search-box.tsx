/** The free-text search: summaries, every spelling of a place, claimants and weapons. */
import { useId } from 'react';
import { MAX_TEXT } from '../data/values';

export function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>Search events</label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={MAX_TEXT}
        placeholder="Place, claimant, weapon…"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
