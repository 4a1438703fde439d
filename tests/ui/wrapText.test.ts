import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/ui/wrapText';

// One unit per character: widths are easy to reason about.
const measure = (text: string) => text.length;

describe('wrapText (figure title and footer lines)', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText(measure, 'Fuente: INEI', 40)).toEqual(['Fuente: INEI']);
  });

  it('breaks between words so that no line is wider than the limit', () => {
    const text = 'Fuente: pipaber/xgboost_deforestation (GitHub); upstream Quispe et al. 2022';
    const lines = wrapText(measure, text, 30);
    expect(lines).toEqual([
      'Fuente:',
      'pipaber/xgboost_deforestation',
      '(GitHub); upstream Quispe et',
      'al. 2022',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    // Nothing is lost: the words come back in order.
    expect(lines.join(' ')).toBe(text);
  });

  it('gives a word longer than the limit a line of its own rather than dropping it', () => {
    expect(wrapText(measure, 'a supercalifragilistic b', 5)).toEqual([
      'a',
      'supercalifragilistic',
      'b',
    ]);
  });

  it('collapses runs of spaces and gives no line for empty text', () => {
    expect(wrapText(measure, '  uno   dos  ', 20)).toEqual(['uno dos']);
    expect(wrapText(measure, '   ', 20)).toEqual([]);
  });
});
