/**
 * Supply chain: what `npm ci` installs is exactly what the lockfile names, every version is an
 * exact pin, and no new package runs an install script without a reviewed reason. (`npm audit`
 * cannot run from these machines: the registry answers 405 to its advisory endpoint; see
 * README, "Security and reliability".)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/**
 * Packages allowed to run an install script, each with what the script does and why it is
 * acceptable. A new one fails the test until someone reads its script and adds it here.
 */
const INSTALL_SCRIPT_ALLOWED: Record<string, string> = {
  'node_modules/esbuild':
    'postinstall `node install.js` checks the binary of @esbuild/linux-x64, which npm installs ' +
    'from the lockfile with its integrity hash; it downloads only when that optional package ' +
    'is missing (--no-optional), which `npm ci` does not do. Pulled in by tsx and vite.',
};

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

describe('supply chain', () => {
  it('every dependency in package.json is an exact version (no ^, ~, ranges, tags or URLs)', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })
      .filter(([, version]) => !EXACT.test(version))
      .map(([name, version]) => `${name}@${version}`);
    expect(loose).toEqual([]);
  });

  it('the lockfile is in step with package.json (npm ci would refuse it otherwise)', () => {
    expect(lock.lockfileVersion).toBe(3);
    const rootEntry = lock.packages[''];
    expect(rootEntry?.dependencies).toEqual(pkg.dependencies);
    expect(rootEntry?.devDependencies).toEqual(pkg.devDependencies);
    // And each direct dependency is locked at the pinned version.
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it('every locked package comes from the npm registry with a sha512 integrity hash', () => {
    const unverified = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.link)
      .filter(
        ([, entry]) =>
          !entry.integrity?.startsWith('sha512-') ||
          (entry.resolved !== undefined &&
            !entry.resolved.startsWith('https://registry.npmjs.org/')),
      )
      .map(([path]) => path);
    expect(unverified).toEqual([]);
  });

  it('no package runs an install script unless it is on the reviewed list', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path)
      .sort();
    expect(withScripts).toEqual(Object.keys(INSTALL_SCRIPT_ALLOWED).sort());
  });

  it('the project itself has no install hook', () => {
    const hooks = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'];
    expect(Object.keys(pkg.scripts).filter((name) => hooks.includes(name))).toEqual([]);
  });
});
