/** Hands a file to the browser's downloads, from memory: nothing is sent anywhere. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from the view: `incident-atlas-2023-10-17-to-2024-02-04.csv`. */
export function exportName(from: string, to: string, extension: string): string {
  return `incident-atlas-${from}${from === to ? '' : `-to-${to}`}.${extension}`;
}
