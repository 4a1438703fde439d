import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { es, type MessageKey } from '../../src/i18n/es';
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

  it('every area module in messages/ (and its English in messages/en/) is merged whole, and no key is in two areas', async () => {
    const dir = join(__dirname, '../../src/i18n/messages');
    const names = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    expect(readdirSync(join(dir, 'en')).sort()).toEqual([...names].sort());
    const areas = await Promise.all(
      names.map(async (name) => ({
        ...((await import(join(dir, name))) as { es: Record<string, string> }),
        ...((await import(join(dir, 'en', name))) as { en: Record<string, string> }),
      })),
    );
    expect(areas.length).toBeGreaterThan(1);
    const keys = areas.flatMap((area) => Object.keys(area.es));
    // A key in two areas would be overwritten by the later one when es.ts merges them.
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.sort()).toEqual(Object.keys(es).sort());
    for (const area of areas) {
      for (const [key, text] of Object.entries(area.es))
        expect(es[key as MessageKey], key).toBe(text);
      for (const [key, text] of Object.entries(area.en))
        expect(en[key as MessageKey], key).toBe(text);
    }
  });

  it('no message is empty in either language', () => {
    for (const dict of [es, en]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders in each message', () => {
    const placeholders = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
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
  it('picks the singular for a count of 1 and the plural otherwise, in both languages', () => {
    expect(translate('es', 'legend.districtCount', { count: 1 })).toBe('1 distrito');
    expect(translate('es', 'legend.districtCount', { count: 0 })).toBe('0 distritos');
    expect(translate('es', 'legend.districtCount', { count: 18 })).toBe('18 distritos');
    // CLDR gives Spanish a "many" category for millions: it takes the plural, and the count is
    // written as es-PE writes numbers.
    expect(translate('es', 'legend.districtCount', { count: 1_000_000 })).toBe(
      '1,000,000 distritos',
    );
    expect(translate('en', 'legend.districtCount', { count: 12_345 })).toBe('12,345 districts');
    expect(translate('en', 'legend.districtCount', { count: 1 })).toBe('1 district');
    expect(translate('en', 'legend.districtCount', { count: 2 })).toBe('2 districts');
    expect(translate('es', 'briefing.imported', { count: 1 })).toBe('Se importó 1 lámina.');
    expect(translate('en', 'incident.deaths', { count: 1 })).toBe('1 dead');
  });

  it('without a count a two-form message falls back to its plural, never shows the bar', () => {
    expect(translate('es', 'legend.districtCount')).toBe('{count} distritos');
    for (const dict of [es, en])
      for (const [key, value] of Object.entries(dict))
        expect(value.split('|').length, key).toBeLessThanOrEqual(2);
  });

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

describe('loading English on demand', () => {
  it('before its chunk loads, English asks fall back to Spanish text, never to a key; after, English', async () => {
    vi.resetModules(); // a fresh translate module: the test setup has loaded English in the shared one
    const fresh = await import('../../src/i18n/translate');
    expect(fresh.hasDictionary('es')).toBe(true);
    expect(fresh.hasDictionary('en')).toBe(false);
    expect(fresh.translate('en', 'legend.districtCount', { count: 1 })).toBe('1 distrito');
    expect(fresh.translate('en', 'app.loading')).toBe(translate('es', 'app.loading'));
    await Promise.all([fresh.loadDictionary('en'), fresh.loadDictionary('en')]);
    expect(fresh.hasDictionary('en')).toBe(true);
    expect(fresh.translate('en', 'legend.districtCount', { count: 1 })).toBe('1 district');
    expect(fresh.translate('en', 'app.loading')).toBe(en['app.loading']);
    await fresh.loadDictionary('es'); // Spanish is always there
    expect(fresh.translate('es', 'app.loading')).toBe(es['app.loading']);
  });
});
