/** One citation format in a read-only box, with a Copy button (and select-to-copy where the clipboard is shut). */
import { useId, useRef, useState } from 'react';

export function CiteBox({ label, text, rows }: { label: string; text: string; rows: number }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(`${label} copied`);
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('Selected: copy it with Ctrl+C (⌘C on a Mac)');
    }
  };
  return (
    <div className="cite-box">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="cite-actions">
        <button type="button" onClick={() => void copy()}>
          Copy {label.toLowerCase()}
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
