// Base64url without padding (RFC 4648 §5): the alphabet that needs no escaping in URLs and XML.
const CHUNK = 0x8000;

export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...) on a large array overflows the call stack.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  const base64 = btoa(binary);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return base64.slice(0, base64.length - padding).replace(/\+/g, '-').replace(/\//g, '_');
}

/** null when the text is not base64url (a stray character, or a length no encoder produces). */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
