/**
 * `npm run screenshots [-- test files]`: builds the app and runs the browser tests with
 * UPDATE_SCREENSHOTS=1, so that they rewrite the images the README shows (shots.ts). After a full
 * run, an image the README shows that no test wrote is stale: it is named and the exit code is 1.
 * Look at the new images before committing them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { README_IMAGE_DIR, readmeImageNames } from './shots';

const files = process.argv.slice(2);
const started = Date.now();
const run = spawnSync('npm', ['run', 'test:e2e', '--', ...files], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_SCREENSHOTS: '1' },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const shown = readmeImageNames(
  readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8'),
);
const notWritten = [...shown].filter((name) => {
  const path = resolve(README_IMAGE_DIR, name);
  return !existsSync(path) || statSync(path).mtimeMs < started;
});
const written = shown.size - notWritten.length;
console.log(`\n${written} of ${shown.size} README images rewritten in ${README_IMAGE_DIR}`);
if (notWritten.length > 0) {
  if (files.length > 0) {
    console.log(`not rewritten by the files run: ${notWritten.join(', ')}`);
  } else {
    console.error(`no browser test writes: ${notWritten.join(', ')} (stale; see shots.ts)`);
    process.exit(1);
  }
}
