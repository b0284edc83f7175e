import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leakedIn, writeCorpusDir } from './corpus-dir.js';
import { NOW, sampleWorkspace, type Workspace } from './packet-support.js';

// The built CLI, as users run it: worker threads need the worker entry that tsdown writes to dist/ (pnpm build).
const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(PACKAGE, 'bin/release-evidence.js');

function run(argv: readonly string[], threads: string) {
  const env = { ...process.env, RELEASE_EVIDENCE_THREADS: threads };
  // spawnSync kills a child at 1 MiB of output by default, and the validate report of the corpus is about that size.
  const options = { cwd: PACKAGE, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 } as const;
  const result = spawnSync(process.execPath, [BIN, ...argv], options);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let corpus: ReturnType<typeof writeCorpusDir>;
let ws: Workspace;

beforeAll(() => {
  corpus = writeCorpusDir();
  const odd = join(corpus.dir, 'odd');
  cpSync(join(corpus.dir, 'negatives'), odd, { recursive: true });
  writeFileSync(join(odd, 'not-utf8.json'), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
  writeFileSync(join(odd, 'broken.json'), '{"kind": ');
  writeFileSync(join(odd, 'bom.json'), '\ufeff{}');
  symlinkSync(join(corpus.dir, 'gone.json'), join(odd, 'dangling.json'));
  execFileSync('mkfifo', [join(odd, 'pipe.json')]);
  ws = sampleWorkspace();
  cpSync(join(corpus.dir, 'positives'), join(ws.evidence, 'positives'), { recursive: true });
  // Own members named like Object.prototype's must survive the copy from a worker thread.
  writeFileSync(
    join(ws.evidence, 'proto.json'),
    '{"kind": "release-status", "__proto__": {"ok": true}, "constructor": 1}',
  );
});
afterAll(() => corpus?.remove());

describe('the same bytes on one thread and on two', () => {
  it('has a built worker entry to test', () => {
    expect(existsSync(join(PACKAGE, 'dist/pool-worker.mjs'))).toBe(true);
    expect(readdirSync(join(corpus.dir, 'positives')).length).toBeGreaterThan(100);
  });

  const commands: [string, () => string[]][] = [
    ['scan (json)', () => ['scan', corpus.dir, '--format', 'json']],
    ['scan (sarif)', () => ['scan', corpus.dir, '--format', 'sarif']],
    ['validate (json)', () => ['validate', corpus.dir, '--format', 'json']],
    ['validate (text)', () => ['validate', corpus.dir]],
    ['readiness', () => ['readiness', '--candidate', ws.candidate, '--now', NOW, '--evidence', ws.evidence]],
  ];

  it.each(commands)('%s: stdout, stderr and exit code match, and nothing found is written', (_name, argv) => {
    const one = run(argv(), '1');
    const two = run(argv(), '2');
    expect(two).toEqual(one);
    // Exit 1 (findings, blocked) or 2 (the unreadable files in odd/); null would mean the child was killed.
    expect([1, 2]).toContain(one.code);
    expect(leakedIn(one.stdout + one.stderr)).toEqual([]);
  });

  it('names the unreadable files with exit 2', () => {
    const two = run(['validate', join(corpus.dir, 'odd'), '--format', 'json'], '2');
    expect(two.code).toBe(2);
    for (const name of ['not-utf8.json', 'dangling.json', 'pipe.json']) expect(two.stdout).toContain(name);
  });

  it('refuses a thread count that is not a number (exit 2)', () => {
    const bad = run(['scan', corpus.dir], 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('RELEASE_EVIDENCE_THREADS');
  });
});
