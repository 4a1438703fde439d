import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSlide, EMPTY_BRIEFING, renameBriefing, type Briefing } from '../../src/state/briefing';
import {
  BRIEFING_HASH,
  decodeBriefingHash,
  encodeBriefingHash,
  SAFE_LINK_LENGTH,
} from '../../src/state/briefingLink';

/** Ten slides with realistic views and notes (the length the issue asks to check). */
function tenSlides(): Briefing {
  let b = renameBriefing(EMPTY_BRIEFING, 'Situación del VRAEM, informe mensual');
  const layers = ['coca', 'pov', 'xpov', 'hdi', 'nbi', 'pop', 'pim', 'emergency', 'devida', 'coca'];
  layers.forEach((layer, i) => {
    const r = addSlide(b, {
      title: `Lámina ${i + 1}: ${layer} por distrito`,
      note: 'Fuente: UNODC/DEVIDA e INEI. Los distritos sin dato se muestran en gris; '.repeat(2),
      view: {
        query: `?i=${layer}&y=${2012 + i}&c=quantile&k=5&sel=120606,120609,090410&ch=1&d=120609&v=2`,
        hash: `#map=${7 + i / 10}/-12.${40000 + i}/-73.${90000 + i}`,
      },
    });
    if (r.ok) b = r.briefing;
  });
  return b;
}

describe('briefing link', () => {
  it('round-trips a briefing through #briefing=', async () => {
    const b = tenSlides();
    const hash = await encodeBriefingHash(b);
    expect(hash.startsWith(BRIEFING_HASH)).toBe(true);
    expect(hash.slice(BRIEFING_HASH.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeBriefingHash(hash)).toEqual({ ok: true, briefing: b });
  });

  it('ten full slides fit well inside the safe link length (about 1.5 kB)', async () => {
    const hash = await encodeBriefingHash(tenSlides());
    const json = JSON.stringify(tenSlides()).length;
    // Deflate shrinks the repeated keys and notes; a plain base64 link would be 4/3 of json.
    expect(hash.length).toBeLessThan(json);
    expect(hash.length).toBeLessThan(3000);
    expect(hash.length).toBeLessThan(SAFE_LINK_LENGTH);
  });

  it('a damaged or cut link gives a message, not an exception', async () => {
    const hash = await encodeBriefingHash(tenSlides());
    expect(await decodeBriefingHash(hash.slice(0, hash.length - 20))).toMatchObject({
      ok: false,
      error: /^link: /,
    });
    expect(await decodeBriefingHash('#briefing=***')).toMatchObject({ ok: false });
    expect(await decodeBriefingHash('#map=1/2/3')).toMatchObject({ ok: false });
  });

  it('any text after #briefing= never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (tail) => {
        const r = await decodeBriefingHash(BRIEFING_HASH + tail);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
