/** A random URL-safe token of `bytes` random bytes (Web Crypto: the same in Node and browsers). */
export function randomToken(bytes = 24): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const byte of random) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random UUID (version 4). */
export const randomUuid = (): string => crypto.randomUUID();
