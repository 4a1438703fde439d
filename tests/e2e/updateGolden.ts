/**
 * `npm run golden`: builds the app and runs the golden-image test with UPDATE_GOLDEN=1, so that it
 * rewrites the pictures in tests/e2e/golden/ (golden.ts). Look at them before committing them.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['run', 'test:e2e', '--', 'tests/e2e/golden.e2e.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_GOLDEN: '1' },
});
process.exit(run.status ?? 1);
