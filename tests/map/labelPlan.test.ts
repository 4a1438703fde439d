/**
 * Label placement (labelPlan.ts) on the shipped districts and places: no two placed boxes
 * intersect at any zoom step, a zoom step's placement does not depend on where the map is
 * panned, priority decides who wins a collision, and names appear by zoom.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtsFileSchema } from '../../src/data/schemas';
import { placesFileSchema } from '../../src/data/placeSchemas';
import {
  labelCandidates,
  placeLabels,
  worldPx,
  zoomStep,
  type LabelCandidate,
  type Measure,
  type PlacedLabel,
} from '../../src/map/labelPlan';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../..', file), 'utf8'));
const districts = districtsFileSchema.parse(read('data/districts.json')).districts;
const places = placesFileSchema.parse(read('data/places.json')).places;
// A fixed-width font: 0.6 em per character (what the app measures with canvas measureText).
const measure: Measure = (text, style) => text.length * style.fontPx * 0.6;
const candidates = labelCandidates(districts, places);

function worldBoxes(placed: readonly PlacedLabel[], zoom: number) {
  return placed.map((l) => {
    const [x, y] = worldPx(l.candidate.lon, l.candidate.lat, zoom);
    return {
      text: l.candidate.text,
      minX: x + l.box.minX,
      minY: y + l.box.minY,
      maxX: x + l.box.maxX,
      maxY: y + l.box.maxY,
    };
  });
}

function overlaps(placed: readonly PlacedLabel[], zoom: number): string[] {
  const boxes = worldBoxes(placed, zoom);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY)
        out.push(`${a.text} × ${b.text}`);
    }
  return out;
}

describe('label placement', () => {
  it('no two labels overlap at zoom 7.25, 8 and 10, nor drawn a quarter step later', () => {
    for (const zoom of [7.25, 8, 10]) {
      const placed = placeLabels(candidates, zoom, measure);
      expect(placed.length, `zoom ${zoom}`).toBeGreaterThan(20);
      expect(overlaps(placed, zoom), `zoom ${zoom}`).toEqual([]);
      // Drawn at zoom + 0.24 (same step), anchors only move apart: still no overlap.
      expect(overlaps(placed, zoom + 0.24), `zoom ${zoom} + 0.24`).toEqual([]);
    }
  });

  it('the first view (zoom 7.4) names department and province capitals and the largest VRAEM districts', () => {
    const placed = placeLabels(candidates, zoomStep(7.4), measure).map((l) => l.candidate);
    const names = placed.map((c) => c.text);
    for (const town of ['Ayacucho', 'Huancayo', 'Huanta', 'Satipo', 'Pampas', 'Quillabamba'])
      expect(names, town).toContain(town);
    const vraemNames = placed.filter((c) => c.kind === 'districtVraem');
    expect(vraemNames.length).toBeGreaterThan(3);
    // Río Tambo, the largest VRAEM district, and the valley's Pichari and Kimbiri are named.
    for (const name of ['Río Tambo', 'Pichari', 'Kimbiri'])
      expect(vraemNames.map((c) => c.text)).toContain(name);
  });

  it('names appear by zoom: more labels at 10 than at 8, GeoNames places only from zoom 9', () => {
    const at = (z: number) => placeLabels(candidates, z, measure);
    expect(at(10).length).toBeGreaterThan(at(8).length);
    expect(at(8.75).some((l) => l.candidate.kind === 'place')).toBe(false);
    expect(at(9).some((l) => l.candidate.kind === 'place')).toBe(true);
    expect(at(6).some((l) => l.candidate.kind.startsWith('district'))).toBe(false);
  });

  it('the placement of a step is the same for every pan and every zoom inside the step', () => {
    expect(zoomStep(8)).toBe(8);
    expect(zoomStep(8.24)).toBe(8);
    expect(zoomStep(8.25)).toBe(8.25);
    expect(zoomStep(7.4)).toBe(7.25);
    const a = placeLabels(candidates, zoomStep(8.1), measure).map(
      (l) => `${l.candidate.id}:${l.align}`,
    );
    const b = placeLabels(candidates, zoomStep(8.2), measure).map(
      (l) => `${l.candidate.id}:${l.align}`,
    );
    expect(a).toEqual(b);
  });

  it('a collision goes to the higher rank; the loser tries its other sides before giving up', () => {
    const town = (id: string, rank: number, lon: number): LabelCandidate => ({
      id,
      text: 'Abcdefgh',
      kind: 'districtCapital',
      lon,
      lat: -12,
      rank,
      minZoom: 0,
      dot: true,
    });
    // 40 px west of a (0.0275° at zoom 10): its right side would cover a's dot, so it goes left.
    const placed = placeLabels([town('a', 1, -74), town('b', 2, -74.0275)], 10, measure);
    expect(placed.map((l) => [l.candidate.id, l.align])).toEqual([
      ['a', 'left'],
      ['b', 'right'],
    ]);
    // The other way round in rank, b's text covers a's dot: a has no free side and is left out.
    const swapped = placeLabels([town('a', 2, -74), town('b', 1, -74.0275)], 10, measure);
    expect(swapped.map((l) => [l.candidate.id, l.align])).toEqual([['b', 'left']]);
    // ...and with its four sides blocked by a wide district name, it is left out.
    const wide: LabelCandidate = {
      ...town('w', 0, -73.98),
      text: 'W'.repeat(40),
      dot: false,
      kind: 'district',
    };
    const blocked = placeLabels([wide, town('b', 2, -73.98)], 10, measure);
    expect(blocked.map((l) => l.candidate.id)).toEqual(['w']);
  });

  it('the misplaced GeoNames "Pangoa" is not a candidate; San Martín de Pangoa is', () => {
    expect(candidates.some((c) => c.id === 'gn-3933104')).toBe(false);
    // "Pangoa" is printed only as the district's name, at its own label point.
    expect(candidates.filter((c) => c.text === 'Pangoa').map((c) => c.id)).toEqual(['d-120606']);
    expect(candidates.find((c) => c.text === 'San Martín de Pangoa')?.kind).toBe('districtCapital');
  });
});
