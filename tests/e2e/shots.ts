/**
 * Where the browser tests write their screenshots. A run writes every one under
 * test-results/screenshots (git-ignored), so `npm test` leaves the working tree as it found it.
 * The images the README shows are tracked in tests/e2e/screenshots; only `npm run screenshots`
 * (UPDATE_SCREENSHOTS=1) rewrites them there, so they change when someone means them to. Which
 * ones those are, the README itself says.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ARTIFACT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');
export const README_IMAGE_DIR = resolve(import.meta.dirname, 'screenshots');
const README_IMAGE_LINK = /\]\(tests\/e2e\/screenshots\/([\w.-]+\.png)\)/g;

/** The file names of the screenshots a README links to (`](tests/e2e/screenshots/x.png)`). */
export function readmeImageNames(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(README_IMAGE_LINK)].map((m) => m[1] ?? ''));
}

let readmeImages: Set<string> | undefined;

/** Where a test writes the screenshot `name` (a file name such as `atlas-es.png`). */
export function screenshotPath(name: string): string {
  readmeImages ??= readmeImageNames(
    readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8'),
  );
  const tracked = process.env.UPDATE_SCREENSHOTS === '1' && readmeImages.has(name);
  const dir = tracked ? README_IMAGE_DIR : ARTIFACT_DIR;
  mkdirSync(dir, { recursive: true });
  return resolve(dir, name);
}
