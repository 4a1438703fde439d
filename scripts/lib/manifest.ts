/** data/manifest.json: what was written, from which inputs, with which figures. No timestamps. */
import { DATA_SCHEMA_VERSION, manifestFileSchema, type ManifestFile } from '../../src/data/schemas';
import type { AtlasResult } from './boundaries';
import { round, type WrittenFile } from './write';

export interface OutputFile {
  path: string;
  content: string;
  features?: number;
}

export function buildManifest(args: {
  files: (WrittenFile & { features?: number })[];
  inputs: { path: string; sha256: string }[];
  counts: Record<string, number>;
  atlas: AtlasResult;
}): ManifestFile {
  const { files, inputs, counts, atlas } = args;
  return manifestFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({
        path: f.path,
        bytes: f.bytes,
        gzipBytes: f.gzipBytes,
        sha256: f.sha256,
        ...(f.features === undefined ? {} : { features: f.features }),
      })),
    inputs,
    counts: Object.fromEntries(Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    simplification: {
      verticesBefore: atlas.rawVertices,
      verticesAfter: atlas.arcPointsAfter,
      maxDisplacementM: round(atlas.total.maxM, 1),
      p99DisplacementM: round(atlas.total.p99M, 1),
    },
  });
}
