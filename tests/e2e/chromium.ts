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

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const { path } = await findChromium();
  const options: LaunchOptions = {
    executablePath: path,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
  return chromium.launch(options);
}
