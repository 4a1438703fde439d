/** Where the pipeline reads raw data and writes its outputs (both overridable for tests). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function resolveRawDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_RAW ?? path.resolve(repoRoot, '../shared/data-raw'));
}

export function resolveOutDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_OUT ?? path.resolve(repoRoot, 'data'));
}

/** Fail with the path that was tried: a missing raw folder must never look like "nothing to do". */
export function assertRawDir(rawDir: string): void {
  if (!fs.existsSync(rawDir) || !fs.statSync(rawDir).isDirectory()) {
    throw new Error(
      `Raw data directory not found: ${rawDir} (set DATA_RAW to point at shared/data-raw)`,
    );
  }
}
