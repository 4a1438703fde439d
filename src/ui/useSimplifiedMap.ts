import { useSyncExternalStore } from 'react';
import { onMapView, simplifiedMapShown } from '../map/mapRegistry';

/** True while the map is the simplified one drawn without WebGL (FlatMap), for the notice. */
export function useSimplifiedMap(): boolean {
  return useSyncExternalStore(onMapView, simplifiedMapShown, () => false);
}
