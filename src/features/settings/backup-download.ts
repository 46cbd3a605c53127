// A download made by the page itself: the backup is built in the browser, nothing goes to a
// server. (The sync page has its own for text; features do not share code with each other.)
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
