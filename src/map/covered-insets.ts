/**
 * How much of the map a panel covers, as camera insets: the panel takes a side (the desktop
 * card on the right, the phone sheet at the bottom), and the free part of the map is the
 * largest rectangle beside it. The camera centres picks there (camera-sync.ts).
 */
import { type Insets, NO_INSETS } from './camera-sync';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function coveredInsets(map: Box, panel: Box | null): Insets {
  if (!panel) return NO_INSETS;
  const left = Math.max(map.left, panel.left);
  const right = Math.min(map.right, panel.right);
  const top = Math.max(map.top, panel.top);
  const bottom = Math.min(map.bottom, panel.bottom);
  if (right - left < 1 || bottom - top < 1) return NO_INSETS;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const choices: [number, Insets][] = [
    [(left - map.left) * height, { ...NO_INSETS, right: map.right - left }],
    [(map.right - right) * height, { ...NO_INSETS, left: right - map.left }],
    [(top - map.top) * width, { ...NO_INSETS, bottom: map.bottom - top }],
    [(map.bottom - bottom) * width, { ...NO_INSETS, top: bottom - map.top }],
  ];
  choices.sort((a, b) => b[0] - a[0]);
  return choices[0]?.[1] ?? NO_INSETS;
}
