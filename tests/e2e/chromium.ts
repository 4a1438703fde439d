/**
 * Which Chromium the browser tests drive (STACK.md): $CHROME_PATH if set, else a system
 * Chromium, else the binary shipped inside the npm package @sparticuz/chromium — so that
 * `npm install && npm test` works on a fresh Linux machine with no browser installed.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export async function findChromium(): Promise<{ path: string; origin: string }> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return { path: fromEnv, origin: 'CHROME_PATH' };
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  if (system) return { path: system, origin: 'system' };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), origin: '@sparticuz/chromium' };
}

/** Software WebGL through SwiftShader: what these GPU-less machines have. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The same, with Chromium's GPU process drawing the page too (SwiftShader): how a browser on a
 * machine with a GPU composites, with no readback of each WebGL frame to the CPU. The benchmark
 * takes reference figures this way; the browser tests do not use it.
 */
export const GPU_PROCESS_ARGS = CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu');

export async function launchChromium(
  extraArgs: string[] = [],
  baseArgs: readonly string[] = CHROMIUM_ARGS,
): Promise<Browser> {
  const { path } = await findChromium();
  const options: LaunchOptions = {
    executablePath: path,
    headless: true,
    args: [...baseArgs, ...extraArgs],
  };
  return chromium.launch(options);
}
