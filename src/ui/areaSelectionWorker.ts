/**
 * Selection by area, off the main thread: turf's polygon tests and the river distances take from
 * a tenth of a second to two seconds once per area, which froze the page when they ran on it.
 * The page posts the spatial context once (shapes, label points, rivers, incidents), then one
 * request per area; each answer carries its request's id.
 */
import { districtsInArea, type SpatialContext } from '../domain/spatial';
import type { AreaRequest, AreaAnswer } from './areaSelectionProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let context: SpatialContext | null = null;

scope.onmessage = (event: MessageEvent<AreaRequest>) => {
  const request = event.data;
  if (request.type === 'context') {
    context = request.context;
    return;
  }
  let answer: AreaAnswer;
  try {
    if (!context) throw new Error('no spatial context was posted before the area');
    const found = districtsInArea(request.area, context);
    answer = { id: request.id, ubigeos: found ? [...found] : null };
  } catch (error) {
    answer = { id: request.id, error: String(error) };
  }
  scope.postMessage(answer);
};
