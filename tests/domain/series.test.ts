import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesFileSchema } from '../../src/data/indicatorSchemas';
import { pointAt, shareOfNational } from '../../src/domain/series';

// Known values from the committed data/, which the pipeline derives from the transcribed sources.
const file = seriesFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../data/series.json'), 'utf8')),
);
const zone = file.series.find((s) => s.id === 'coca_vraem_zone_ha');
const peru = file.series.find((s) => s.id === 'coca_peru_ha');
if (!zone || !peru) throw new Error('series missing');

describe('coca series (known values)', () => {
  it('VRAEM zone 2016 = 20,304 ha and 2024 = 36,345 ha', () => {
    expect(pointAt(zone, 2016)?.value).toBe(20304);
    expect(pointAt(zone, 2024)?.value).toBe(36345);
  });
  it('a year without a figure has none (2015 is a gap, not interpolated)', () => {
    expect(pointAt(zone, 2015)).toBeNull();
  });
});

describe('shareOfNational', () => {
  const shares = shareOfNational(zone, peru);
  it('2020: 27,994 / 61,777 = 45.3 %, as DEVIDA published it', () => {
    const s2020 = shares.find((s) => s.year === 2020);
    expect(s2020?.share).toBeCloseTo(0.4531, 4);
    expect(pointAt(zone, 2020)?.publishedPct).toBe(45.3);
  });
  it('no share for 2016: the national total for 2016 is not in the sources', () => {
    expect(shares.some((s) => s.year === 2016)).toBe(false);
  });
});
