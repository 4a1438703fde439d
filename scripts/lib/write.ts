/**
 * Deterministic serialisation and writing. Object keys are sorted recursively so that the bytes
 * depend only on the data, never on the order in which code happened to build an object.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface WrittenFile {
  path: string;
  bytes: number;
  gzipBytes: number;
  sha256: string;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`refusing to serialise a non-finite number (${value})`);
  }
  return value;
}

/** Compact JSON with sorted keys; `pretty` indents by two spaces (manifest only). */
export function canonicalJson(value: unknown, pretty = false): string {
  return JSON.stringify(sortKeys(value), null, pretty ? 2 : undefined) + '\n';
}

export function describeBytes(relPath: string, content: string): WrittenFile {
  const buf = Buffer.from(content, 'utf8');
  return {
    path: relPath,
    bytes: buf.length,
    gzipBytes: zlib.gzipSync(buf, { level: 9 }).length,
    sha256: crypto.createHash('sha256').update(buf).digest('hex'),
  };
}

export function writeOutput(outDir: string, relPath: string, content: string): WrittenFile {
  const full = path.join(outDir, ...relPath.split('/'));
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content, 'utf8');
  return describeBytes(relPath, content);
}

/** Round to a number of decimals; never returns -0, so output text is stable. */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}
