import { spawnSync } from 'node:child_process';
import { TEMPLATE_ROOT } from '../adapters/shared/paths.js';

/** Builds the entry scripts once, before any test file runs, so tests that spawn them never race a rebuild. */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: TEMPLATE_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the template scripts failed');
}
