/**
 * A Content-Disposition for downloading a file under its own name (RFC 6266): `filename*` carries the
 * UTF-8 name (Vietnamese marks and all), `filename` an ASCII fallback for clients that ignore it.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
      .replace(/[^\w.\- ]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The RFC 9530 `Repr-Digest` value for a SHA-256 given in hex: `sha-256=:<base64>:`. */
export function sha256Digest(hex: string): string {
  return `sha-256=:${Buffer.from(hex, 'hex').toString('base64')}:`;
}
