/**
 * A legend swatch for a kind of gap: its colour with the same pattern the map draws over it
 * (map/missingPatterns.ts), on a small canvas at the screen's pixel ratio.
 */
import { useEffect, useRef } from 'react';
import type { MissingKind } from '../domain/values';
import { fillWithPattern } from '../map/missingPatterns';

/** CSS size of a legend swatch (panels.css `.legend .swatch`: 1.1 rem × 0.8 rem at 16 px). */
const SWATCH = { width: 18, height: 13 };

export function PatternSwatch({ kind, colour }: { kind: MissingKind; colour: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(SWATCH.width * ratio);
    canvas.height = Math.round(SWATCH.height * ratio);
    const rect = { x: 0, y: 0, width: canvas.width, height: canvas.height };
    fillWithPattern(context, kind, colour, rect, { deviceRatio: ratio, unitsPerPx: ratio });
  }, [kind, colour]);
  return (
    <canvas
      ref={ref}
      className={`swatch pattern-swatch`}
      data-testid={`swatch-${kind}`}
      data-pattern={kind}
      data-colour={colour}
      aria-hidden="true"
    />
  );
}
