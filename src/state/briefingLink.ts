/**
 * A whole briefing in one link: `#briefing=` + the briefing's JSON, deflated and base64url
 * encoded. It lives in the hash, so it never reaches a server, and whoever opens it needs no
 * storage. Decoding never throws; a damaged link gives a message.
 */
import { parseBriefingValue, type Briefing, type ParseResult } from './briefing';

export const BRIEFING_HASH = '#briefing=';

/**
 * Links this long open in every current browser (Chromium allows 2 MB, Firefox and Safari more);
 * chat and mail clients may cut earlier, which is why the panel shows the length.
 */
export const SAFE_LINK_LENGTH = 32_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const body = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** Compact JSON (no indentation) of the briefing, deflated. */
export async function encodeBriefingHash(briefing: Briefing): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(briefing));
  const deflated = await pipe(json, new CompressionStream('deflate-raw'));
  return BRIEFING_HASH + toBase64Url(deflated);
}

/** True when the hash holds a briefing (whatever its state). */
export function isBriefingHash(hash: string): boolean {
  return hash.startsWith(BRIEFING_HASH);
}

const MAX_INFLATED = 1_000_000;

/** Reads a briefing from a location hash. */
export async function decodeBriefingHash(hash: string): Promise<ParseResult> {
  if (!isBriefingHash(hash)) return { ok: false, error: 'link: no #briefing= in the address' };
  const bytes = fromBase64Url(hash.slice(BRIEFING_HASH.length));
  if (!bytes || bytes.length === 0) return { ok: false, error: 'link: not base64url text' };
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'));
  } catch {
    return { ok: false, error: 'link: damaged or cut short (cannot be decompressed)' };
  }
  if (inflated.length > MAX_INFLATED) return { ok: false, error: 'link: too large' };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, error: 'link: the briefing inside is not valid JSON' };
  }
  return parseBriefingValue(raw);
}
