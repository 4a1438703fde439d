/**
 * Bytes → text for user files. Peruvian government CSVs come as UTF-8 (with or without the BOM
 * Excel writes) or as Latin-1 / Windows-1252 ("Río" with 0xED). A strict UTF-8 decode either
 * succeeds or proves the file is not UTF-8; then Windows-1252 (a superset of Latin-1's printable
 * range, which is what browsers use for "latin1") reads any byte, so decoding never fails.
 */
export type TextEncodingUsed = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingUsed;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €…); undefined bytes stay as their C1 code
 * point, as browsers do. Written out because Node's TextDecoder reads "windows-1252" as
 * ISO-8859-1, and tests must see what a browser sees.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = hasUtf8Bom(bytes);
  try {
    // ignoreBOM: false (the default) drops a leading BOM from the text.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Thrown by decodeChunks when a file read as UTF-8 turns out not to be UTF-8. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8Error';
  }
}

/** The encoding a file's first bytes suggest: UTF-8 (with its BOM or not), to be confirmed. */
export async function startsWithUtf8Bom(blob: Blob): Promise<boolean> {
  return hasUtf8Bom(new Uint8Array(await blob.slice(0, 3).arrayBuffer()));
}

/**
 * A file as text, `chunkBytes` at a time, so that no copy of the whole file is ever held. UTF-8 is
 * decoded strictly and in stream mode (a character cut by a slice boundary is completed by the
 * next slice); a byte sequence that is not UTF-8 throws NotUtf8Error, and the caller starts again
 * as Windows-1252, which reads any byte. `onRead` hears the bytes read so far.
 */
export async function* decodeChunks(
  blob: Blob,
  encoding: 'utf-8' | 'windows-1252',
  chunkBytes: number,
  onRead?: (bytes: number) => void,
): AsyncGenerator<string> {
  const utf8 = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
  for (let start = 0; start < blob.size; start += chunkBytes) {
    const bytes = new Uint8Array(await blob.slice(start, start + chunkBytes).arrayBuffer());
    const last = start + chunkBytes >= blob.size;
    let text: string;
    try {
      text = utf8 ? utf8.decode(bytes, { stream: !last }) : decodeWindows1252(bytes);
    } catch {
      throw new NotUtf8Error();
    }
    onRead?.(Math.min(blob.size, start + chunkBytes));
    yield text;
  }
}
