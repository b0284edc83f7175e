import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The package's folder, found by package name through its public `package.json` export, never by a relative path. */
export function packageRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('@cloudflare-saas-core/release-evidence/package.json'));
}

/**
 * The package's bin. `pnpm install` builds the CLI (its `prepare` script); when the build output is missing, for
 * example after a clean, it is built once here rather than failing the run.
 */
export function ensureCli(): string {
  const root = packageRoot();
  if (!existsSync(join(root, 'dist', 'cli.mjs'))) {
    process.stderr.write('building the release-evidence CLI (dist/ is missing)\n');
    const built = spawnSync('pnpm', ['--filter', '@cloudflare-saas-core/release-evidence', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0 || !existsSync(join(root, 'dist', 'cli.mjs'))) {
      throw new Error('the release-evidence CLI is not built; run `pnpm build` at the repository root');
    }
  }
  return join(root, 'bin', 'release-evidence.js');
}

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function releaseEvidence(args: readonly string[]): CliResult {
  const result = spawnSync(process.execPath, [ensureCli(), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 2, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
