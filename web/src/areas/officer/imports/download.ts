/**
 * Saves a file the API answered (fetched through the client, so an ended session or a refusal shows
 * as a problem instead of a downloaded error page) under the name it was given.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has handed the file to the browser; the object URL is no longer needed
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
