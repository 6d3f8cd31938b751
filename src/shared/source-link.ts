/** Decides whether a source URL may become a link, and how to label it. */
export interface SourceLink {
  href: string;
  host: string;
}

/** Only `http:` and `https:` become links; anything else (javascript:, data:, garbage) is shown as text. */
export function toSourceLink(raw: string): SourceLink | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return { href: url.href, host: url.hostname.replace(/^www\./, '') };
}
