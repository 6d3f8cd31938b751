/**
 * Copies the canonical link to the current view (unknown keys and hashes left out) and says
 * so in a live region. Where the clipboard is unavailable (insecure origin, denied permission)
 * the link appears in a selected read-only field, ready for Ctrl+C.
 */
import { useEffect, useRef, useState } from 'react';
import { currentLink } from '../store/url-sync';
import { useAppContext } from '../store/app-context';
import './copy-link.css';

const CLEAR_AFTER_MS = 4000;

export function CopyLink() {
  const { store } = useAppContext();
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (fallback !== null) field.current?.select();
  }, [fallback]);

  useEffect(() => {
    if (status !== 'Link copied') return;
    const timer = setTimeout(() => setStatus(''), CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    const link = currentLink(store);
    try {
      // `navigator.clipboard` is missing outside secure contexts; writeText may also reject.
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setFallback(null);
      setStatus('Link copied');
    } catch {
      setFallback(link);
      setStatus('Copy the selected link with Ctrl+C (⌘C on a Mac)');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {fallback !== null && (
        <input
          ref={field}
          className="copy-link-field"
          aria-label="Link to this view"
          readOnly
          value={fallback}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <span className="copy-link-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
