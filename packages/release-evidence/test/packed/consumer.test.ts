import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_ENTRIES } from '../../library-entries.mjs';
import {
  ESM_SCRIPT,
  MISTYPED_CONSUMER,
  MISTYPED_SUBPATH,
  subpathScript,
  TYPED_CONSUMER,
  TYPED_SUBPATHS,
  tsconfig,
} from './consumer-files.js';

// What an adopter gets from the registry: the tarball `pnpm pack` makes, installed with npm alone into an empty
// project outside the workspace, used by name only.
const packageDir = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
// The first TypeScript block of docs/adopting.md: the adapter an adopter copies must compile as shown.
const ADOPTING_ADAPTER =
  /^```ts\n([\s\S]*?)^```$/m.exec(readFileSync(join(packageDir, 'docs/adopting.md'), 'utf8'))?.[1] ?? '';
const recorded = new URL('../../../../templates/ai-media-reference/fixtures/recorded/', import.meta.url).pathname;

let work: string;
let project: string;
let tarball: string;

/** npm must not see pnpm's settings: only what a stranger's machine would have. */
function strangerEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)/i.test(name)));
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function run(command: string, args: readonly string[], cwd = project, env = {}): SpawnSyncReturns<string> {
  const options = { cwd, env: { ...strangerEnv(), ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  return spawnSync(command, args, options);
}

function ok(result: SpawnSyncReturns<string>): string {
  expect(result.error).toBeUndefined();
  expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
  return result.stdout;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'packed-consumer-'));
  ok(run('pnpm', ['pack', '--pack-destination', work], packageDir));
  const [name] = readdirSync(work).filter((file) => file.endsWith('.tgz'));
  tarball = join(work, name as string);
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  cpSync(recorded, join(project, 'recorded'), { recursive: true });
  const typescript = `typescript@${manifest.devDependencies.typescript}`;
  const nodeTypes = `@types/node@${manifest.devDependencies['@types/node']}`;
  ok(run('npm', ['install', '--no-package-lock', tarball, typescript, nodeTypes]));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds exactly dist, the schemas, the fixture, the bin and the package documents', () => {
    const files = ok(run('tar', ['-tzf', tarball], work))
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, ''))
      .filter((path) => !path.endsWith('/'));
    const unexpected = files.filter(
      (path) =>
        !/^dist\/[\w.-]+\.(mjs|d\.mts)$/.test(path) &&
        !/^schemas\/[a-z-]+\.schema\.json$/.test(path) &&
        !['bin/release-evidence.js', 'fixtures/ops-release-evidence.core-fixture.json'].includes(path) &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(path),
    );
    expect(unexpected).toEqual([]);
    for (const needed of ['dist/index.mjs', 'dist/index.d.mts', 'dist/cli.mjs', 'LICENSE', 'CHANGELOG.md']) {
      expect(files).toContain(needed);
    }
    const schemas = readdirSync(join(packageDir, 'schemas')).map((name) => `schemas/${name}`);
    expect(files).toEqual(expect.arrayContaining(schemas));
    // Figures for the closing note; not asserted.
    console.log(`tarball ${statSync(tarball).size} bytes, ${files.length} files`);
  });

  it('is not private, is 0.x and names its license', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toMatch(/^0\.\d+\.\d+$/);
    expect(manifest.license).toBe('MIT');
  });
});

describe('a consumer project with only npm', () => {
  it('runs `npx release-evidence --version`', () => {
    expect(ok(run('npx', ['--no-install', 'release-evidence', '--version'])).trim()).toBe(manifest.version);
  });

  it("judges the template's recorded evidence with `readiness`", () => {
    const { now } = JSON.parse(readFileSync(join(recorded, 'now.json'), 'utf8'));
    const args = ['--candidate', 'recorded/release-candidate.json', '--now', now, '--evidence', 'recorded/evidence'];
    const readiness = JSON.parse(ok(run('npx', ['--no-install', 'release-evidence', 'readiness', ...args])));
    expect(readiness).toMatchObject({ kind: 'release-readiness', contract: 'release-evidence/v1', verdict: 'ready' });
  });

  it('spreads files over worker threads from the tarball, with the same bytes as one thread', () => {
    const { now } = JSON.parse(readFileSync(join(recorded, 'now.json'), 'utf8'));
    const readiness = [
      'readiness',
      '--candidate',
      'recorded/release-candidate.json',
      '--now',
      now,
      '--evidence',
      'recorded/evidence',
    ];
    for (const argv of [['scan', 'recorded', '--format', 'sarif'], ['validate', 'recorded'], readiness]) {
      const on = (threads: string) => {
        const result = run('npx', ['--no-install', 'release-evidence', ...argv], project, {
          RELEASE_EVIDENCE_THREADS: threads,
        });
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
      };
      // Two threads is a usage error in a build without the worker entry, so equal results mean workers ran.
      expect(on('2')).toEqual(on('1'));
    }
  });

  it('imports the library, its package.json and a schema from an ESM script', () => {
    writeFileSync(join(project, 'judge.mjs'), ESM_SCRIPT);
    expect(JSON.parse(ok(run('node', ['judge.mjs'])))).toEqual({
      version: manifest.version,
      schemaTitle: 'release-evidence/v1 release-readiness',
      verdict: 'ready',
    });
  });

  it('imports every subpath by name, each with the exports of its built module', async () => {
    const subpaths = Object.keys(LIBRARY_ENTRIES).filter((entry) => entry !== 'index');
    writeFileSync(join(project, 'subpaths.mjs'), subpathScript(subpaths));
    const imported = JSON.parse(ok(run('node', ['subpaths.mjs'])));
    for (const entry of subpaths) {
      const built = Object.keys(await import(join(packageDir, 'dist', `${entry}.mjs`))).sort();
      expect(built.length, entry).toBeGreaterThan(0);
      expect(imported[entry], entry).toEqual(built);
    }
  });

  for (const resolution of ['node16', 'bundler'] as const) {
    it(`type-checks a consumer with moduleResolution ${resolution}, and rejects a mistyped one`, () => {
      writeFileSync(join(project, 'consumer.ts'), TYPED_CONSUMER);
      writeFileSync(join(project, 'mistyped.ts'), MISTYPED_CONSUMER);
      writeFileSync(join(project, 'adapter.ts'), ADOPTING_ADAPTER);
      writeFileSync(join(project, 'subpaths.ts'), TYPED_SUBPATHS);
      writeFileSync(join(project, 'mistyped-subpath.ts'), MISTYPED_SUBPATH);
      const files = ['consumer.ts', 'adapter.ts', 'subpaths.ts', 'mistyped.ts', 'mistyped-subpath.ts'];
      writeFileSync(join(project, `tsconfig.${resolution}.json`), tsconfig(resolution, files));
      // One program: the typed consumer and the adapter of docs/adopting.md add no error; the mistyped file must fail.
      const result = run('npx', ['--no-install', 'tsc', '--pretty', 'false', '-p', `tsconfig.${resolution}.json`]);
      const errors = result.stdout.match(/^\S+\(\d+,\d+\): error TS\d+/gm);
      expect(result.status).toBe(2);
      // The verdict is not a number, a number is not a release-candidate, and canonical JSON is a string.
      expect(errors).toEqual([
        'mistyped-subpath.ts(3,14): error TS2322',
        'mistyped.ts(3,14): error TS2322',
        'mistyped.ts(3,57): error TS2322',
      ]);
    });
  }
});
