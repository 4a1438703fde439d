/**
 * When MapLibre cannot start (no WebGL context, a driver refusing one), react-map-gl reports the
 * constructor's error through `onError` with no map as its target: the page then switches to the
 * map without WebGL (FlatMap.tsx) instead of leaving a blank area. Errors of a running map (a
 * source, a style property) stay errors in the console, as MapLibre prints them by default.
 */
export interface MapErrorEvent {
  target: unknown;
  error: Error;
}

export function mapErrorHandler(onUnavailable: (() => void) | undefined) {
  return (event: MapErrorEvent): void => {
    if (event.target == null && onUnavailable) {
      console.warn('The map could not start; drawing the simplified map.', event.error);
      onUnavailable();
      return;
    }
    console.error(event.error);
  };
}
