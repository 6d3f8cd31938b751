/**
 * Blob URLs and downloads for the test DOM, which has neither: `URL.createObjectURL` keeps the
 * blob under a `blob:` name (installed by setup-dom.ts), and `captureDownloads` collects what
 * a click on a download link would have saved, instead of jsdom trying to navigate to it.
 */
const blobs = new Map<string, Blob>();
let next = 0;

/** Node's own createObjectURL takes only Node's Blob, not the test DOM's: ours takes any. */
export function installBlobUrls(): void {
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    next += 1;
    const url = `blob:test/${next}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    blobs.delete(url);
  };
}

export interface Download {
  name: string;
  blob: Blob;
}

export function captureDownloads(): { downloads: Download[]; stop(): void } {
  const downloads: Download[] = [];
  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[download]') as HTMLAnchorElement | null;
    if (!a) return;
    e.preventDefault();
    const blob = blobs.get(a.href);
    if (blob) downloads.push({ name: a.download, blob });
  };
  document.addEventListener('click', onClick, true);
  return { downloads, stop: () => document.removeEventListener('click', onClick, true) };
}
