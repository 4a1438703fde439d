/** Shared helpers of the pipeline tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { assertRawDir, resolveRawDir } from '../../scripts/lib/paths';

/**
 * The raw data folder. Missing raw data must FAIL the tests (never skip them), with the path
 * that was tried, so a CI without the data cannot look green.
 */
export function rawDirOrFail(): string {
  const dir = resolveRawDir();
  assertRawDir(dir);
  return dir;
}

export function readRawJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(rawDirOrFail(), rel), 'utf8')) as T;
}

export function readRawCsv(rel: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(rawDirOrFail(), rel), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${prefix}-`));
}

/** Write small fixture files into a fresh raw dir; keys are paths relative to it. */
export function fixtureRawDir(files: Record<string, string>): string {
  const dir = tempDir('raw');
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content, 'utf8');
  }
  return dir;
}
