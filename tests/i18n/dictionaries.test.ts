import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { translate } from '../../src/i18n/translate';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !path.includes('/i18n/') ? [path] : [];
  });
}

describe('dictionaries', () => {
  it('en has exactly the keys of es (no missing, no extra)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it('no message is empty in either language', () => {
    for (const dict of [es, en]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders in each message', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it('every key is used somewhere in src/ (an unused key is dead text)', () => {
    const code = sourceFiles(join(__dirname, '../../src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(es).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and keeps a missing one visible', () => {
    expect(translate('es', 'legend.vraem69', { count: 69 })).toBe(
      'Distrito del VRAEM que ya existía en 2017 (69)',
    );
    expect(translate('en', 'legend.vraem69', { count: 69 })).toBe(
      'VRAEM district that existed in 2017 (69)',
    );
    expect(translate('en', 'legend.vraem69')).toBe('VRAEM district that existed in 2017 ({count})');
  });
});
