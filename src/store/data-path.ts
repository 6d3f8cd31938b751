/**
 * The `data=` parameter: a deployer's other dataset, named by a path on this site. Only a
 * plain relative or root path to a .csv, .geojson or .json file passes; no scheme, no host,
 * no `..`, no query: the app never fetches from another origin (the CSP's connect-src is
 * 'self' as well), and the path is checked again against the origin when it is fetched.
 */
// Every segment starts with a letter, digit, `_`, `~` or `-`: so no `.` or `..` segment, no `//`.
const SAFE = /^\/?[A-Za-z0-9_~-][A-Za-z0-9._~-]*(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\.(csv|geojson|json)$/i;
export const MAX_DATA_PATH = 300;

export function isDataPath(value: string): boolean {
  return value.length <= MAX_DATA_PATH && SAFE.test(value);
}

/** The absolute URL of a data path, or null when it would leave the app's origin. */
export function dataUrl(path: string, baseUrl: string): URL | null {
  if (!isDataPath(path)) return null;
  const url = new URL(path, baseUrl);
  return url.origin === new URL(baseUrl).origin ? url : null;
}
