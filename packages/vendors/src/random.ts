/** A random URL-safe token of `bytes` random bytes (Web Crypto: the same in Node and browsers). */
export function randomToken(bytes = 24): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const byte of random) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random UUID (version 4). */
export const randomUuid = (): string => crypto.randomUUID();

const alphanumerics = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random string of `length` letters and digits, as Looker's API3 client ids and secrets are. */
export function randomAlphanumeric(length: number): string {
  // 62 does not divide 256: drop the bytes past the last whole multiple so every character is equally likely.
  let text = '';
  while (text.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) if (byte < 248 && text.length < length) text += alphanumerics[byte % 62];
  }
  return text;
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID (26 Crockford base32 characters: 48 bits of milliseconds, 80 random bits), as Versori's ids are. */
export function randomUlid(now = Date.now()): string {
  let time = '';
  for (let rest = now, index = 0; index < 10; index++, rest = Math.floor(rest / 32)) time = crockford[rest % 32] + time;
  let random = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) random += crockford[byte % 32];
  return time + random;
}
