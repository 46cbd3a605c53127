// A download made by the page itself: every file the app saves (a backup, an export, a key's
// backup, a report, a chart) is built in the browser, and nothing goes to a server.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it is long done.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A JSON text (an exchange file, a key's backup) as a download. */
export function downloadJson(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}
