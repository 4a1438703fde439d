/**
 * The README's screenshots: each one it shows is in tests/e2e/screenshots, and nothing else is
 * there (a screenshot no longer shown would go stale unnoticed). `npm run screenshots` makes the
 * third check: that a browser test still writes each one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_IMAGE_DIR, readmeImageNames } from '../e2e/shots';

const README = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

describe('readmeImageNames', () => {
  it('finds the file names of image and plain links into tests/e2e/screenshots only', () => {
    const markdown = [
      '![Map](tests/e2e/screenshots/atlas-es.png)',
      'See [the phone](tests/e2e/screenshots/layout-390x844-es.png) and',
      '![Elsewhere](docs/other.png) ![Twice](tests/e2e/screenshots/atlas-es.png)',
      '`tests/e2e/screenshots/not-a-link.png`',
    ].join('\n');
    expect([...readmeImageNames(markdown)]).toEqual(['atlas-es.png', 'layout-390x844-es.png']);
  });

  it('finds none in text without such links', () => {
    expect(readmeImageNames('# Title\n\nNo images.').size).toBe(0);
  });
});

describe('the README and tests/e2e/screenshots agree', () => {
  const shown = readmeImageNames(README);
  const onDisk = readdirSync(README_IMAGE_DIR).filter((f) => f.endsWith('.png'));

  it('the README shows at least the map, in Spanish and English', () => {
    expect(shown.size).toBeGreaterThanOrEqual(2);
  });

  it.each([...shown])('%s, shown by the README, exists', (name) => {
    expect(existsSync(resolve(README_IMAGE_DIR, name))).toBe(true);
  });

  it('holds no screenshot the README does not show', () => {
    expect(onDisk.filter((name) => !shown.has(name))).toEqual([]);
  });
});
