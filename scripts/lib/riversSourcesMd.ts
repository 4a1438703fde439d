/** SOURCES.md section on geo/rivers.geo.json (WDBII lines named from GEO GPS PERÚ and Natural Earth). */
import { fmt } from './format';
import { RIVER_TOLERANCE_DEG, type RiversResult } from './rivers';
import { MATCH_KM, MATCH_SHARE, SAMPLE_KM } from './riversMatch';
import { JOIN_KM, WDBII_RIVERS } from './riversWdbii';

const pt = (p: [number, number]) => `${fmt(p[0], 3)}, ${fmt(p[1], 3)}`;

export function riversSection(r: RiversResult): string[] {
  const named = r.matches.filter((m) => m.key !== null);
  const near = r.matches.filter(
    (m) => m.key === null && Math.max(...Object.values(m.shares)) > 0.1,
  );
  const { mantaro, perene, urubamba } = r.cuts;
  return [
    '### Rivers → `geo/rivers.geo.json`',
    '',
    `- **Geometry**: the ${fmt(r.matches.length)} WDBII lines of \`${WDBII_RIVERS}\` (GSHHG 2.3.7; every course in the box, no names), all drawn.`,
    `- **Names** come only from named source lines: GEO GPS PERÚ's \`Rio Apurimac\`, \`Rio Mantaro\`, \`Rio Pampas\` and Natural Earth's \`Ucayali\` (which follows the whole Apurímac → Ene → Tambo → Ucayali axis). A WDBII line takes a name when at least ${fmt(MATCH_SHARE * 100)} % of its length (sampled every ${fmt(SAMPLE_KM, 2)} km or less) lies within ${fmt(MATCH_KM)} km of that name's source lines (R-tree of their segments, flat projection at 12.5° S). ${fmt(MATCH_KM)} km: WDBII lines can be 1–3 km off (its PROVENANCE.md). Half the length: WDBII lines are cut at 1° bin edges, so a line can run past the end of a named river into a tributary, and the majority of its length decides. Named lines: ${named.map((m) => `${m.line.feature} (${m.key}, ${fmt(m.shares[m.key as 'axis'] * 100)} %)`).join(', ')}. Lines below the threshold but partly near a named line, left unnamed: ${near
      .map(
        (m) =>
          `${m.line.feature} (${Object.entries(m.shares)
            .map(([k, v]) => `${k} ${fmt(v * 100)} %`)
            .join(', ')})`,
      )
      .join('; ')}.`,
    `- **The axis**: the lines matched to Natural Earth's "Ucayali" or GEO GPS's Apurímac, chained end to start within ${fmt(JOIN_KM, 1)} km (WDBII draws them downstream): ${r.axis.chain.map((m) => m.line.feature).join(' → ')}. An axis-matched line that does not continue the chain is a tributary's mouth and stays unnamed (${r.axis.offChain.map((m) => m.line.feature).join(', ') || 'none'}).`,
    `- **Stretches** (our identification, stated in each feature's note): the axis is cut at the points where WDBII tributaries end on it. Apurímac → Ene at the Mantaro's confluence (${pt(mantaro.at.point)}; the tributary whose upstream lines match GEO GPS's Río Mantaro: ${mantaro.basin.map((m) => m.line.feature).join(', ')}); Ene → Tambo at the next tributary WDBII draws downstream (${pt(perene.at.point)}, the Perené: lines ${perene.basin.map((m) => m.line.feature).join(', ')}); Tambo → Ucayali at the next one (${pt(urubamba.at.point)}, the Urubamba at Atalaya: lines ${urubamba.basin.map((m) => m.line.feature).join(', ')}). WDBII draws no other tributary of the axis below the Mantaro. The Perené, the Urubamba and the lower Mantaro are drawn but not named: no named source line matches them.`,
    `- Douglas–Peucker (turf simplify, high quality) with tolerance ${RIVER_TOLERANCE_DEG}°, coordinates rounded to 5 decimals: ${fmt(r.stats.segmentsIn)} input lines with ${fmt(r.stats.verticesIn)} vertices → ${fmt(r.stats.linesOut)} lines with ${fmt(r.stats.verticesOut)} vertices.`,
    '- The GEO GPS PERÚ and Natural Earth lines are read for their names only; their geometry is not drawn any more (WDBII covers the same courses and the whole axis).',
    '',
  ];
}
