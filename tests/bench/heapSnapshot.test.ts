import { describe, expect, it } from 'vitest';
import { splitHeapSnapshot } from './heapSnapshot';

// The layout of a real V8 snapshot (meta as Chromium 143 writes it), with three nodes.
const META = {
  node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'],
  node_types: [
    ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native'],
    'string',
    'number',
  ],
};

describe('splitHeapSnapshot', () => {
  it('sums self sizes, and those of "code" nodes apart', () => {
    const nodes = [
      3,
      0,
      1,
      120,
      0,
      0, // object, 120 B
      4,
      0,
      3,
      4096,
      0,
      0, // code (e.g. bytecode), 4 KiB
      8,
      0,
      5,
      64,
      0,
      0, // native, 64 B
      4,
      0,
      7,
      1000,
      0,
      0, // code
    ];
    expect(splitHeapSnapshot({ snapshot: { meta: META }, nodes })).toEqual({
      total: 120 + 4096 + 64 + 1000,
      code: 4096 + 1000,
    });
  });

  it('reads the fields by name, whatever their order', () => {
    const meta = { ...META, node_fields: ['self_size', 'type', 'name', 'id'] };
    const nodes = [50, 4, 0, 1, 7, 3, 0, 2];
    expect(splitHeapSnapshot({ snapshot: { meta }, nodes })).toEqual({ total: 57, code: 50 });
  });

  it('a snapshot without a self_size field, or with a torn node row, is an error', () => {
    const noSize = { ...META, node_fields: ['type', 'name', 'id'] };
    expect(() => splitHeapSnapshot({ snapshot: { meta: noSize }, nodes: [] })).toThrow(/self_size/);
    expect(() => splitHeapSnapshot({ snapshot: { meta: META }, nodes: [3, 0, 1, 120, 0] })).toThrow(
      /5 node values are not rows of 6/,
    );
  });
});
