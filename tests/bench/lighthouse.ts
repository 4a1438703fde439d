/**
 * Lighthouse desktop performance score, for reference, when lighthouse (12.8.x: the last line
 * that runs on Node 20) is installed. It is not a dependency of the project (about 190 MB), so
 * the bench looks for it in the project's node_modules, then in $LIGHTHOUSE_DIR (the folder of an
 * installed `lighthouse` package, e.g. after `npm i --prefix /tmp/lh lighthouse@12.8.2`:
 * LIGHTHOUSE_DIR=/tmp/lh/node_modules/lighthouse). Its CLI launches the same Chromium as the rest
 * of the bench (CHROME_PATH) with the same software-WebGL flags; it fetches nothing but the page.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS } from '../e2e/chromium';
import { ROOT } from './build';

export type LighthouseResult =
  | { measured: true; version: string; scores: number[]; reports: string[] }
  | { measured: false; reason: string };

function findLighthouse(): string | null {
  const candidates = [resolve(ROOT, 'node_modules/lighthouse'), process.env.LIGHTHOUSE_DIR ?? ''];
  return candidates.find((dir) => dir && existsSync(join(dir, 'cli/index.js'))) ?? null;
}

interface LighthouseReport {
  lighthouseVersion?: string;
  runtimeError?: { message?: string };
  categories?: { performance?: { score?: number | null } };
}

function runCli(args: string[], chromePath: string, timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group, so that a timeout also ends the Chromium lighthouse started.
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }, timeoutMs);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done(stderr);
      else fail(new Error(`lighthouse exited ${code ?? signal}: ${stderr.trim().slice(-400)}`));
    });
  });
}

export async function measureLighthouse(
  url: string,
  chromePath: string,
  runs: number,
  outDir: string,
): Promise<LighthouseResult> {
  const dir = findLighthouse();
  if (!dir) {
    return {
      measured: false,
      reason:
        'lighthouse is not installed (not a project dependency: ~190 MB); ' +
        'npm i --prefix /tmp/lh lighthouse@12.8.2, then LIGHTHOUSE_DIR=/tmp/lh/node_modules/lighthouse',
    };
  }
  mkdirSync(outDir, { recursive: true });
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const scores: number[] = [];
  const reports: string[] = [];
  let version = '?';
  try {
    for (let i = 0; i < runs; i++) {
      const report = join(outDir, `lighthouse-${i + 1}.json`);
      await runCli(
        [
          join(dir, 'cli/index.js'),
          url,
          '--preset=desktop',
          '--only-categories=performance',
          `--chrome-flags=${flags}`,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
        ],
        chromePath,
        180_000,
      );
      const parsed = JSON.parse(readFileSync(report, 'utf8')) as LighthouseReport;
      if (parsed.runtimeError) throw new Error(`runtime error: ${parsed.runtimeError.message}`);
      const score = parsed.categories?.performance?.score;
      if (typeof score !== 'number') throw new Error('no performance score in the report');
      version = parsed.lighthouseVersion ?? version;
      scores.push(score);
      reports.push(report);
    }
  } catch (error) {
    return { measured: false, reason: `lighthouse failed: ${String(error)}` };
  }
  return { measured: true, version, scores, reports };
}
