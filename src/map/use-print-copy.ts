/**
 * Printing: a WebGL canvas prints blank, so just before the page prints, a 2D copy of the map
 * takes its place (print.css shows the copy and hides the live canvas).
 */
import { type RefObject, useEffect } from 'react';
import type { MapController } from './map-controller';

export function usePrintCopy(controller: MapController | null, holder: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const box = holder.current;
    if (!controller || !box) return;
    const capture = () => {
      const shot = controller.snapshot();
      box.replaceChildren(...(shot ? [shot] : []));
    };
    const clear = () => box.replaceChildren();
    const print = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? capture() : clear());
    window.addEventListener('beforeprint', capture);
    window.addEventListener('afterprint', clear);
    print?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', capture);
      window.removeEventListener('afterprint', clear);
      print?.removeEventListener?.('change', onMedia);
      clear();
    };
  }, [controller, holder]);
}
