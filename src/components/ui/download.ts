/** Offers a blob to the browser as a real file download named `name` (nothing leaves the browser). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers text (a Markdown transcript, notes, a .csv) as a file download named `name`. */
export function downloadText(name: string, text: string, type = 'text/markdown'): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offers bytes as a file download named `name`. */
export function downloadBytes(name: string, data: Uint8Array, type = 'application/octet-stream'): void {
  downloadBlob(name, new Blob([data as BlobPart], { type }));
}

/** A file-name-safe timestamp: 2026-11-28T23-50-00Z. */
export const fileStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

/** A fence longer than any backtick run in `text`, so output never closes its code block. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A Markdown table cell: pipes escaped, line breaks flattened, so a value cannot break the table. */
export const cell = (v: string) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
