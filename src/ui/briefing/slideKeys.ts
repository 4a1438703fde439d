/**
 * The slide a key leads to in present mode: arrows, PageUp/PageDown (what presentation clickers
 * send), space, Home/End; 'exit' for Escape; null for any other key. Never past either end.
 */
export function slideStep(key: string, at: number, count: number): number | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(at + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
