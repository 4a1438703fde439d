import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NARROW_LAYOUT_EM } from '../../src/map/layout';

const SRC = resolve(__dirname, '../../src');
const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? cssFiles(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );

describe('the one-column breakpoint', () => {
  it('every width media query in the CSS switches where the code does', () => {
    const widths = cssFiles(SRC).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(/@media[^{]*\((max|min)-width:\s*([\d.]+)(\w+)\)/g),
      ].map((m) =>
        // A min-width query starts the wide layout one CSS pixel (1/16 em) after the breakpoint.
        m[1] === 'min' ? `${Number(m[2]) - 0.0625}${m[3]}` : `${m[2]}${m[3]}`,
      ),
    );
    // adaptive.css, scope.css and workspace.css each fold their panels at the breakpoint.
    expect(widths.length).toBeGreaterThanOrEqual(3);
    expect(new Set(widths)).toEqual(new Set([`${NARROW_LAYOUT_EM}em`]));
  });
});
