// A download from the page itself: the report is made in the browser, nothing goes to a server.
export function saveFile(blob: Blob, fileName: string): void {
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
