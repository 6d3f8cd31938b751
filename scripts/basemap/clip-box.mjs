/**
 * Clip box of the built basemap (west, south, east, north), deliberately larger than the map's
 * maxBounds [26, 20, 58, 44] (src/map/basemap-style.ts): clipping at maxBounds would draw the
 * clip rectangle as a straight "coast" at the view's edge. The build and its tests read it here.
 */
export const CLIP_BOX = [22, 16, 62, 48];
