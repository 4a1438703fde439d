import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSlide,
  BRIEFING_VERSION,
  briefingToJson,
  editSlide,
  EMPTY_BRIEFING,
  MAX_SLIDES,
  MAX_TITLE,
  moveSlide,
  parseBriefingJson,
  removeSlide,
  renameBriefing,
  type Briefing,
} from '../../src/state/briefing';
import { parseUrlState } from '../../src/state/urlState';

function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

const coca = { query: '?i=coca&y=2020&v=2', hash: '#map=7.5/-12.4/-73.9' };
const poverty = { query: '?i=pov&y=2018&v=2', hash: '' };

function threeSlides(): Briefing {
  let b = EMPTY_BRIEFING;
  for (const [title, view] of [
    ['Coca 2020', coca],
    ['Pobreza 2018', poverty],
    ['Base', { query: '', hash: '' }],
  ] as const) {
    const r = addSlide(b, { title, note: `nota ${title}`, view });
    if (!r.ok) throw new Error('add failed');
    b = r.briefing;
  }
  return b;
}

describe('briefing model', () => {
  it('adds slides in order with unique ids, trimming title and note', () => {
    const r = addSlide(EMPTY_BRIEFING, { title: '  Coca  ', note: ' n ', view: coca });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.slides).toEqual([{ id: r.id, title: 'Coca', note: 'n', view: coca }]);
    const b = threeSlides();
    expect(b.slides.map((s) => s.title)).toEqual(['Coca 2020', 'Pobreza 2018', 'Base']);
    expect(new Set(b.slides.map((s) => s.id)).size).toBe(3);
    expect(EMPTY_BRIEFING.slides).toEqual([]); // not mutated
  });

  it('a new id never repeats one left after a removal', () => {
    const b = threeSlides();
    const removed = removeSlide(b, nth(b.slides, 0).id);
    const r = addSlide(removed, { title: 'x', note: '', view: poverty });
    if (!r.ok) throw new Error('add failed');
    expect(new Set(r.briefing.slides.map((s) => s.id)).size).toBe(3);
  });

  it('refuses a slide past MAX_SLIDES', () => {
    let b = EMPTY_BRIEFING;
    for (let i = 0; i < MAX_SLIDES; i++) {
      const r = addSlide(b, { title: `${i}`, note: '', view: poverty });
      if (r.ok) b = r.briefing;
    }
    expect(b.slides).toHaveLength(MAX_SLIDES);
    expect(addSlide(b, { title: 'one more', note: '', view: poverty }).ok).toBe(false);
  });

  it('moves a slide up and down; a move past either end changes nothing', () => {
    const b = threeSlides();
    const a = nth(b.slides, 0).id;
    const c = nth(b.slides, 2).id;
    expect(moveSlide(b, c, -1).slides.map((s) => s.title)).toEqual([
      'Coca 2020',
      'Base',
      'Pobreza 2018',
    ]);
    expect(moveSlide(b, a, 1).slides.map((s) => s.title)).toEqual([
      'Pobreza 2018',
      'Coca 2020',
      'Base',
    ]);
    expect(moveSlide(b, a, -1)).toBe(b);
    expect(moveSlide(b, c, 1)).toBe(b);
    expect(moveSlide(b, 'nope', 1)).toBe(b);
  });

  it('removes, renames and edits notes', () => {
    const b = threeSlides();
    const id = nth(b.slides, 1).id;
    expect(removeSlide(b, id).slides.map((s) => s.title)).toEqual(['Coca 2020', 'Base']);
    const edited = editSlide(b, id, { title: 'Pobreza monetaria', note: 'INEI' });
    expect(edited.slides[1]).toMatchObject({ title: 'Pobreza monetaria', note: 'INEI' });
    expect(edited.slides[0]).toBe(b.slides[0]);
    expect(renameBriefing(b, 'x'.repeat(500)).title).toHaveLength(MAX_TITLE);
  });
});

describe('briefing JSON', () => {
  it('round-trips through JSON', () => {
    const b = renameBriefing(threeSlides(), 'Informe VRAEM — ñandú «2020»');
    expect(parseBriefingJson(briefingToJson(b))).toEqual({ ok: true, briefing: b });
  });

  it('names the field that is wrong', () => {
    const b = JSON.parse(briefingToJson(threeSlides())) as Record<string, unknown> & {
      slides: Record<string, unknown>[];
    };
    const bad = (mutate: (x: typeof b) => void) => {
      const copy = structuredClone(b);
      mutate(copy);
      const r = parseBriefingJson(JSON.stringify(copy));
      return r.ok ? 'ok' : r.error;
    };
    expect(bad((x) => (nth(x.slides, 1).title = 42))).toMatch(/^slides\[1\]\.title: /);
    expect(bad((x) => ((nth(x.slides, 2).view as { hash: string }).hash = '#map=x'))).toMatch(
      /^slides\[2\]\.view\.hash: must be/,
    );
    expect(bad((x) => ((nth(x.slides, 0).view as { query: string }).query = 'i=coca'))).toMatch(
      /^slides\[0\]\.view\.query: /,
    );
    expect(bad((x) => delete x.title)).toMatch(/^title: /);
    expect(bad((x) => (nth(x.slides, 1).id = nth(x.slides, 0).id))).toMatch(
      /^slides\[1\]\.id: .*repeats/,
    );
    expect(bad((x) => (x.slides = 'none' as never))).toMatch(/^slides: /);
  });

  it('gives a message for text that is not JSON or not a briefing', () => {
    expect(parseBriefingJson('{"version": 1,')).toMatchObject({ ok: false, error: /^JSON: / });
    expect(parseBriefingJson('[1,2]')).toMatchObject({ ok: false, error: /not a briefing/ });
    expect(parseBriefingJson('null')).toMatchObject({ ok: false, error: /not a briefing/ });
  });

  it('versions: a missing version is refused, a newer one is named, the current one reads', () => {
    const json = JSON.parse(briefingToJson(threeSlides())) as Record<string, unknown>;
    expect(json.version).toBe(BRIEFING_VERSION);
    const withoutVersion = { ...json };
    delete withoutVersion.version;
    expect(parseBriefingJson(JSON.stringify(withoutVersion))).toMatchObject({
      ok: false,
      error: /^version: missing/,
    });
    expect(
      parseBriefingJson(JSON.stringify({ ...json, version: BRIEFING_VERSION + 1 })),
    ).toMatchObject({ ok: false, error: /^version: 2 was written by a newer release/ });
  });

  it('a slide saved with a version-1 link query still opens the same view (link migration)', () => {
    const old = {
      version: 1,
      title: 'old',
      slides: [
        {
          id: 's1',
          title: 'p',
          note: '',
          view: { query: '?i=poverty_total_pct&y=2017', hash: '' },
        },
      ],
    };
    const r = parseBriefingJson(JSON.stringify(old));
    if (!r.ok) throw new Error(r.error);
    const state = parseUrlState(nth(r.briefing.slides, 0).view.query);
    expect(state.layer).toBe('poverty_total_pct');
    expect(state.year).toBe(2017);
  });

  it('never throws on any string, and anything it accepts is a valid briefing', () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          version: fc.oneof(fc.constant(1), fc.integer()),
          title: fc.string(),
          slides: fc.array(
            fc.record({
              id: fc.string(),
              title: fc.string(),
              note: fc.string(),
              view: fc.record({ query: fc.string(), hash: fc.string() }),
            }),
          ),
        })
        .map((x) => JSON.stringify(x)),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const r = parseBriefingJson(text);
        if (r.ok) expect(parseBriefingJson(briefingToJson(r.briefing))).toEqual(r);
        else expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
