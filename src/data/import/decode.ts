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
