/**
 * The authorities with a say in a district, by stated rules over sourced facts (the founding
 * article's diagnosis: overlapping authority). The rules are shown on screen with the count.
 */
import type { Decree } from '../data/indicatorSchemas';
import type { District } from './districts';

export type AuthorityId =
  | 'regionalGovernment'
  | 'provincialMunicipality'
  | 'districtMunicipality'
  | 'nationalPolice'
  | 'armedForces'
  | 'devida'
  | 'vraemStrategy';

export interface AuthorityFacts {
  /** The district is in DEVIDA's coca-monitoring zone. */
  devidaZone: boolean;
  /** Decrees in force in the district on the chosen date. */
  decrees: readonly Decree[];
}

/**
 * Every district has its regional government, provincial and district municipality and the
 * National Police (in charge of counter-drug work by law). The armed forces (Comando Conjunto,
 * CE-VRAEM) count where a decree in force gives them internal order; DEVIDA where the district
 * is in its monitoring zone; the VRAEM strategy (PCM) in the 79 VRAEM districts.
 */
export function authoritiesOf(district: District, facts: AuthorityFacts): AuthorityId[] {
  const list: AuthorityId[] = [
    'regionalGovernment',
    'provincialMunicipality',
    'districtMunicipality',
    'nationalPolice',
  ];
  if (facts.decrees.some((d) => d.control === 'armedForces')) list.push('armedForces');
  if (facts.devidaZone) list.push('devida');
  if (district.vraem) list.push('vraemStrategy');
  return list;
}
