import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewport, serializeViewport } from '../../src/state/viewport';

describe('viewport in the hash', () => {
  it('reads zoom/lat/lon as OpenStreetMap writes it', () => {
    expect(parseViewport('#map=8.5/-12.345/-73.9')).toEqual({
      zoom: 8.5,
      latitude: -12.345,
      longitude: -73.9,
    });
  });

  it('rounds to 3 decimals of zoom and 5 of degrees', () => {
    expect(
      serializeViewport({ zoom: 8.123456, latitude: -12.3456789, longitude: -73.00000001 }),
    ).toBe('#map=8.123/-12.34568/-73');
  });

  it.each([
    '',
    '#',
    '#map=',
    '#map=8/-12',
    '#map=30/-12/-73',
    '#map=8/-95/-73',
    '#map=8/1/200',
    '#x=8/1/2',
  ])('a malformed hash %j gives null', (hash) => {
    expect(parseViewport(hash)).toBeNull();
  });

  it('round-trips any viewport to within the rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 22, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (zoom, latitude, longitude) => {
          const back = parseViewport(serializeViewport({ zoom, latitude, longitude }));
          if (back === null) throw new Error('viewport did not round-trip');
          expect(Math.abs(back.zoom - zoom)).toBeLessThanOrEqual(0.0005);
          expect(Math.abs(back.latitude - latitude)).toBeLessThanOrEqual(0.000005);
          expect(Math.abs(back.longitude - longitude)).toBeLessThanOrEqual(0.000005);
        },
      ),
    );
  });
});
