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

/**
 * A raw dir for one test: every real raw file linked (never copied into the repo), except the
 * ones in `overrides`, written with the given content. `edit` helpers below derive that content
 * from the real file so a fixture differs from the source in exactly one place.
 */
export function rawDirWith(overrides: Record<string, string>): string {
  const real = rawDirOrFail();
  const dir = tempDir('raw-mod');
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(real, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        fs.mkdirSync(path.join(dir, childRel), { recursive: true });
        walk(childRel);
      } else if (overrides[childRel] === undefined) {
        fs.symlinkSync(path.join(real, childRel), path.join(dir, childRel));
      }
    }
  };
  walk('');
  for (const [rel, content] of Object.entries(overrides)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content, 'utf8');
  }
  return dir;
}

/** The real raw file with one exact substring replaced (fails if it is not there exactly once). */
export function editRaw(rel: string, from: string, to: string): string {
  const text = fs.readFileSync(path.join(rawDirOrFail(), rel), 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${rel}: "${from}" found ${count} times, expected once`);
  return text.replace(from, to);
}
