import type { AreaFilter } from '../domain/area';
import type { SpatialContext } from '../domain/spatial';

/** Page → area worker. */
export type AreaRequest =
  { type: 'context'; context: SpatialContext } | { type: 'select'; id: number; area: AreaFilter };

/** Area worker → page: the selected ubigeos (null: the area is unusable), or what went wrong. */
export type AreaAnswer = { id: number; ubigeos: string[] | null } | { id: number; error: string };
