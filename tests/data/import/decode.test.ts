import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/data/import/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('distrito\nRío Tambo'))).toEqual({
      text: 'distrito\nRío Tambo',
      encoding: 'utf-8',
    });
  });

  it('drops the BOM Excel writes and says it was there', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Año;Río')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Año;Río', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 for Latin-1 bytes ("Río" with 0xED)', () => {
    const bytes = new Uint8Array([0x52, 0xed, 0x6f, 0x3b, 0x41, 0xf1, 0x6f]); // Río;Año
    expect(decodeBytes(bytes)).toEqual({ text: 'Río;Año', encoding: 'windows-1252' });
  });

  it('reads Windows-1252 punctuation (0x93/0x94 curly quotes) that Latin-1 lacks', () => {
    expect(decodeBytes(new Uint8Array([0x93, 0x61, 0x94])).text).toBe('\u201ca\u201d');
  });

  it('an empty file is empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
