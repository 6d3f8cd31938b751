import { useSyncExternalStore } from 'react';
import type { UpdateSource } from './register-worker';
import './offline.css';

/** "A newer version is available — Reload": shown once a newer build waits; nothing changes until the reader chooses. */
export function UpdatePrompt({ source }: { source: UpdateSource }) {
  const available = useSyncExternalStore(source.subscribe, source.available);
  if (!available) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A newer version is available —</span>
      <button type="button" onClick={() => source.reload()}>
        Reload
      </button>
    </div>
  );
}
