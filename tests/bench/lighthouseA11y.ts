/**
 * Lighthouse ACCESSIBILITY score of the atlas's main views, in Spanish and in English
 * (`npm run audit:a11y`, after a build). Not part of `npm test` or the bench: Lighthouse is not a
 * dependency (about 190 MB; 12.8.x is the last line that runs on Node 20). It is looked for as
 * the bench does (tests/bench/lighthouse.ts): the project's node_modules, then $LIGHTHOUSE_DIR,
 * e.g. `npm i --prefix /tmp/lh lighthouse@12.8.2` and LIGHTHOUSE_DIR=/tmp/lh/node_modules/lighthouse.
 * It drives the same Chromium as the browser tests, with the same software-WebGL flags, against
 * the production build served on loopback; it prints each view's score and every audit that did
 * not pass, and exits non-zero when a score is below 1.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { ROOT } from './build';
import { serve } from './serve';

const VIEWS = [
  { name: 'base map', query: '' },
  { name: 'coca 2016 with legend', query: 'i=coca_ha&y=2016' },
] as const;
const LANGS = ['es', 'en'] as const;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  details?: { items?: { node?: { snippet?: string; selector?: string } }[] };
}
interface Report {
  lighthouseVersion?: string;
  runtimeError?: { message?: string };
  categories?: { accessibility?: { score?: number | null; auditRefs?: { id: string }[] } };
  audits?: Record<string, Audit>;
}

function lighthouseDir(): string {
  const candidates = [resolve(ROOT, 'node_modules/lighthouse'), process.env.LIGHTHOUSE_DIR ?? ''];
  const found = candidates.find((dir) => dir && existsSync(join(dir, 'cli/index.js')));
  if (!found)
    throw new Error(
      'lighthouse is not installed: npm i --prefix /tmp/lh lighthouse@12.8.2, then ' +
        'LIGHTHOUSE_DIR=/tmp/lh/node_modules/lighthouse npm run audit:a11y',
    );
  return found;
}

function run(args: string[], chromePath: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true, // its own process group: a timeout also ends the Chromium it started
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGTERM'), 240_000);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`lighthouse exited ${code ?? signal}: ${stderr.trim().slice(-400)}`));
    });
  });
}

/** Audits of the accessibility category that did not pass, with the nodes they name. */
function failures(report: Report): string[] {
  const ids = report.categories?.accessibility?.auditRefs?.map((r) => r.id) ?? [];
  return ids.flatMap((id) => {
    const audit = report.audits?.[id];
    if (!audit || audit.score === null || audit.score >= 1) return [];
    const nodes = (audit.details?.items ?? [])
      .map((item) => item.node?.selector ?? item.node?.snippet ?? '')
      .filter(Boolean)
      .slice(0, 5);
    return [`  ✗ ${audit.id}: ${audit.title}${nodes.length ? ` — ${nodes.join(' | ')}` : ''}`];
  });
}

async function main(): Promise<number> {
  const dir = lighthouseDir();
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: npm run build');
  const chromium = await findChromium();
  const out = join(ROOT, 'node_modules/.cache/lighthouse-a11y');
  mkdirSync(out, { recursive: true });
  const served = await serve(ROOT, 'dist');
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  let worst = 1;
  try {
    for (const view of VIEWS)
      for (const lang of LANGS) {
        const params = new URLSearchParams(view.query);
        if (lang === 'en') params.set('lang', 'en');
        const url = `${served.url}/?${params.toString()}`;
        const path = join(out, `${view.name.replace(/\W+/g, '-')}-${lang}.json`);
        await run(
          [
            join(dir, 'cli/index.js'),
            url,
            '--preset=desktop',
            '--only-categories=accessibility',
            '--max-wait-for-load=90000',
            `--chrome-flags=${flags}`,
            '--output=json',
            `--output-path=${path}`,
            '--quiet',
          ],
          chromium.path,
        );
        const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
        if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
        const score = report.categories?.accessibility?.score ?? 0;
        worst = Math.min(worst, score);
        console.log(
          `${view.name} (${lang}): accessibility ${Math.round(score * 100)} ` +
            `(Lighthouse ${report.lighthouseVersion ?? '?'}; report ${path})`,
        );
        for (const line of failures(report)) console.log(line);
      }
  } finally {
    await served.close();
  }
  return worst >= 1 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
