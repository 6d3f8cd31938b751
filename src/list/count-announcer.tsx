/**
 * Tells screen-reader users how many events the view holds, once the count settles: a
 * polite live region updated after a pause, silent while the timeline plays.
 */
import { useEffect, useState } from 'react';

interface Props {
  shown: number;
  total: number;
  muted: boolean;
  delayMs?: number;
}

export function CountAnnouncer({ shown, total, muted, delayMs = 700 }: Props) {
  const [text, setText] = useState('');
  useEffect(() => {
    if (muted) return;
    const timer = setTimeout(() => setText(`Showing ${shown} of ${total} events`), delayMs);
    return () => clearTimeout(timer);
  }, [shown, total, muted, delayMs]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="list-announcer">
      {text}
    </p>
  );
}
