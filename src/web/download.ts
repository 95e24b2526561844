/**
 * Hands bytes to the browser as a downloaded file: a Blob, an object URL, a click on a
 * temporary link. Nothing is sent anywhere; the URL points into this page's memory.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * How long the object URL lives after the click. The browser reads the Blob asynchronously once
 * the download starts, and revoking at once makes some browsers fail the download; a minute is
 * plenty, and the memory is released afterwards.
 */
export const REVOKE_AFTER_MS = 60_000;

export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
