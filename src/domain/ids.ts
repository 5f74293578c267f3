// Short random ids. crypto.getRandomValues works in insecure contexts too (a phone on http://192.168.x.x).
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix = 'n', length = 10): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = prefix + '_';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
}
