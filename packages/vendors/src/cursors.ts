/** An opaque page cursor: `text` (an id, or JSON) as unpadded base64url (browser-safe, no Buffer). */
export function encodeCursor(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of a cursor `encodeCursor` made, or undefined for anything else (not base64, not Latin-1 text). */
export function decodeCursor(cursor: string): string | undefined {
  try {
    return atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}
