/** The facts the district filter needs from the loaded theme files, for one date and year. */
import type { IndicatorId } from '../data/indicatorSchemas';
import type { ThemeData } from '../data/loadThemes';
import { resolveDistrictValue } from '../domain/districtValues';
import type { DistrictIndex } from '../domain/districts';
import { emergencyOn } from '../domain/emergency';
import type { FilterFacts } from '../domain/filters';
import { indicatorById } from '../domain/indicatorRegistry';

export function filterFacts(
  theme: ThemeData,
  index: DistrictIndex,
  date: string,
  year: number,
): FilterFacts {
  const inForce = emergencyOn(theme.decrees, date).byUbigeo;
  return {
    devidaZone: (u) => theme.devidaZone.get(u),
    inEmergency: (u) => inForce.has(u),
    // The value the map shows for the year, under the indicator's own tolerance.
    valueOf: (id: IndicatorId, u) => {
      const values = theme.indicators.get(id);
      const district = index.byUbigeo.get(u);
      if (!values || !district) return null;
      const value = resolveDistrictValue(
        values,
        district,
        theme.starts.get(u),
        year,
        indicatorById(id).tolerance,
      );
      return value.kind === 'value' ? value.value : null;
    },
  };
}

/** DEVIDA zone names present in the data (lower-case, as loaded), for the filter's choices. */
export function devidaZones(theme: ThemeData): string[] {
  return [...new Set(theme.devidaZone.values())].sort();
}
