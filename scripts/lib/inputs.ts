/** Reads raw files and remembers each one's sha256, for the manifest. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class RawInputs {
  private readonly hashes = new Map<string, string>();

  constructor(readonly rawDir: string) {}

  /** Read a file given relative to the raw dir (forward slashes), as UTF-8 text. */
  readText(relPath: string): string {
    const full = path.join(this.rawDir, ...relPath.split('/'));
    if (!fs.existsSync(full)) throw new Error(`${relPath}: raw input file not found at ${full}`);
    const bytes = fs.readFileSync(full);
    this.hashes.set(relPath, crypto.createHash('sha256').update(bytes).digest('hex'));
    return bytes.toString('utf8');
  }

  /** Every file read so far, sorted by path. */
  list(): { path: string; sha256: string }[] {
    return [...this.hashes.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([p, sha256]) => ({ path: p, sha256 }));
  }
}
