/**
 * What a V8 heap snapshot (CDP HeapProfiler.takeHeapSnapshot) holds, split into compiled code and
 * everything else. The split matters for the leak check: cycling every layer and year makes V8
 * compile and optimise functions it had not run at load (bytecode, feedback vectors, machine
 * code), a one-off warm-up that JSHeapUsedSize counts like any object the page holds on to.
 */
import type { CDPSession } from 'playwright-core';

export interface HeapSplit {
  /** Self size of every node of the snapshot, bytes. */
  total: number;
  /** Nodes of type "code": bytecode, machine code, feedback vectors, code metadata. */
  code: number;
}

interface SnapshotShape {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}

/** Sums the self sizes of a parsed snapshot by node type. */
export function splitHeapSnapshot(snapshot: SnapshotShape): HeapSplit {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeNames = types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (!Array.isArray(typeNames) || typeAt < 0 || sizeAt < 0) {
    throw new Error('heap snapshot: no node type names, or no type / self_size field');
  }
  const codeType = typeNames.indexOf('code');
  const stride = fields.length;
  const { nodes } = snapshot;
  if (stride === 0 || nodes.length % stride !== 0) {
    throw new Error(`heap snapshot: ${nodes.length} node values are not rows of ${stride}`);
  }
  let total = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += stride) {
    const size = nodes[i + sizeAt] ?? 0;
    total += size;
    if (nodes[i + typeAt] === codeType) code += size;
  }
  return { total, code };
}

/** Takes a snapshot of the page (V8 collects garbage first) and splits it. */
export async function takeHeapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitHeapSnapshot(JSON.parse(chunks.join('')) as SnapshotShape);
}
