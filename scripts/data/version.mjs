// Dataset version, shared by sites.geojson, events.geojson and official-counts.json.
export const VERSION = '1.2.0';
