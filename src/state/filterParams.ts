/** The district filter in the link: short parameters, each parsed on its own. */
import {
  DEFAULT_FILTER,
  type DistrictFilter,
  type EmergencyFilter,
  type Membership,
  type RangeFilter,
  type RangeOp,
} from '../domain/filters';
import { INDICATOR_CODES, indicatorFromCode } from './urlMigrations';

const MAX_QUERY = 80;
const MAX_RANGES = 7;
const MEMBERSHIP_CODES: Record<Exclude<Membership, 'vraem'>, string> = {
  vraem2017: 'v17',
  all: 'all',
  outside: 'out',
};

function codes(text: string | null, pattern: RegExp): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((c) => pattern.test(c)))].sort();
}

function parseMembership(text: string | null): Membership {
  const found = Object.entries(MEMBERSHIP_CODES).find(([, code]) => code === text);
  return found ? (found[0] as Membership) : DEFAULT_FILTER.membership;
}

const RANGE = /^([a-z]+)\.(ge|gt|le|lt)\.(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

/** "pov.ge.49.5~coca.gt.0": indicator code, operator, number; a bad part is dropped alone. */
function parseRanges(text: string | null): RangeFilter[] {
  if (!text) return [];
  const ranges: RangeFilter[] = [];
  for (const part of text.split('~').slice(0, MAX_RANGES)) {
    const match = RANGE.exec(part);
    const indicator = match?.[1] ? indicatorFromCode(match[1]) : null;
    const value = Number(match?.[3]);
    if (match && indicator && Number.isFinite(value)) {
      ranges.push({ indicator, op: match[2] as RangeOp, value });
    }
  }
  return ranges;
}

export function parseFilter(params: URLSearchParams): DistrictFilter {
  const emergency = params.get('em');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    departments: codes(params.get('dep'), /^\d{2}$/),
    provinces: codes(params.get('prov'), /^\d{4}$/),
    membership: parseMembership(params.get('m')),
    devida: codes(params.get('dz'), /^[a-z]{1,20}$/),
    emergency: emergency === 'in' || emergency === 'out' ? (emergency as EmergencyFilter) : 'any',
    ranges: parseRanges(params.get('r')),
  };
}

export function writeFilter(filter: DistrictFilter, params: URLSearchParams): void {
  const query = filter.query.slice(0, MAX_QUERY);
  if (query.trim() !== '') params.set('q', query);
  if (filter.departments.length > 0) params.set('dep', [...filter.departments].sort().join(','));
  if (filter.provinces.length > 0) params.set('prov', [...filter.provinces].sort().join(','));
  if (filter.membership !== 'vraem') params.set('m', MEMBERSHIP_CODES[filter.membership]);
  if (filter.devida.length > 0) params.set('dz', [...filter.devida].sort().join(','));
  if (filter.emergency !== 'any') params.set('em', filter.emergency);
  if (filter.ranges.length > 0) {
    params.set(
      'r',
      filter.ranges
        .slice(0, MAX_RANGES)
        .map((r) => `${INDICATOR_CODES[r.indicator]}.${r.op}.${r.value}`)
        .join('~'),
    );
  }
}
