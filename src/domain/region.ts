/**
 * Where the atlas looks: the box the map may show and the steepest tilt it allows. The URL
 * clamps a link's camera to these, so a link never keeps a view the map cannot take. The
 * map's own copy (src/map/basemap-style.ts, MAP_MAX_BOUNDS; MapLibre's default maximum
 * pitch) must stay equal: tests/unit/url-camera.test.ts compares them.
 */

/** West, south, east, north, in degrees. */
export const REGION_BOUNDS = [26, 20, 58, 44] as const;

/** MapLibre's default `maxPitch`, which the map does not change. */
export const MAX_PITCH = 60;

/** MapLibre's zoom range as the map uses it. */
export const ZOOM_RANGE = [0, 22] as const;

/**
 * The region's offset from UTC, in hours: Iraq, Syria, Jordan and their neighbours keep UTC+3
 * all year (Syria and Jordan since late 2022). Event dates are local days in this offset
 * (docs/data-format.md); their times are in UTC.
 */
export const REGION_UTC_OFFSET_HOURS = 3;
