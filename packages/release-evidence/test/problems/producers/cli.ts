import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { writeOut } from '../../../action/main.js';
import { writeStepOutputs } from '../../../action/outputs.js';
import { InputError } from '../../../src/cli/errors.js';
import { runCli } from '../../../src/cli/main.js';
import type { ReadinessRunResult } from '../../../src/cli/readiness.js';
import { NODE_IO, Sink } from '../../../src/cli/sink.js';
import { DEFAULT_MAX_BYTES } from '../../../src/json/parse.js';
import type { CLI_CODES } from '../../../src/problem/codes/cli.js';
import type { Problem } from '../../../src/problem/index.js';
import { buildSamples } from '../../samples/index.js';
import type { Producer } from '../producer.js';

const NOW = '2026-11-25T12:00:00Z';
const QUIET = { ...NODE_IO, stdout: () => undefined, stderr: () => undefined, stdoutTerminal: undefined };

const scratch: string[] = [];
// Registered while the walk test's file is collected, so its scratch directories go when it ends.
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch directory holding the sample candidate, packet and fixture, and an `evidence/` folder of the samples. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'problems-cli-'));
  scratch.push(dir);
  const { candidate, readiness: _readiness, packet, fixture, ...documents } = buildSamples(NOW);
  const evidence = join(dir, 'evidence');
  mkdirSync(evidence);
  for (const [name, document] of Object.entries(documents)) {
    writeFileSync(join(evidence, `${name}.json`), JSON.stringify(document));
  }
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  write('candidate.json', JSON.stringify(candidate));
  write('packet.json', JSON.stringify(packet));
  write('fixture.json', JSON.stringify(fixture));
  return { dir, evidence, write, path: (name: string) => join(dir, name) };
}

/** The problems one CLI call reports: why it could not use an input (exit 2), and its warnings about evidence. */
async function problemsOf(argv: readonly string[]): Promise<readonly Problem[]> {
  const run = await runCli(argv, new Sink({ GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' }, QUIET));
  const warnings = (run.result as Partial<ReadinessRunResult> | undefined)?.invalidEvidence ?? [];
  return [...(run.problems ?? []), ...warnings];
}

const readiness = (ws: ReturnType<typeof workspace>, ...extra: string[]) =>
  problemsOf([
    'readiness',
    '--candidate',
    ws.path('candidate.json'),
    '--now',
    NOW,
    ...extra,
    '--evidence',
    ws.evidence,
  ]);
const packet = (ws: ReturnType<typeof workspace>, ...extra: string[]) =>
  problemsOf(['packet', '--candidate', ws.path('candidate.json'), '--now', NOW, ...extra, '--evidence', ws.evidence]);
const fixture = (path: string) => problemsOf(['check-fixture', path]);

/** What an action helper throws, as problems. */
async function thrown(call: () => Promise<unknown>): Promise<readonly Problem[]> {
  try {
    await call();
    return [];
  } catch (error) {
    return error instanceof InputError ? [error.problem] : [];
  }
}

/** For each cli code, a call through the library or CLI that reports it. */
export const CLI_PRODUCERS: Record<keyof typeof CLI_CODES, Producer> = {
  'input-unreadable': () => fixture(join(workspace().dir, 'absent.json')),
  'input-not-file': () => fixture(workspace().evidence),
  'input-too-large': () => {
    const ws = workspace();
    return fixture(ws.write('large.json', `{"pad":"${'a'.repeat(DEFAULT_MAX_BYTES)}"}`));
  },
  'input-not-utf8': () => {
    const ws = workspace();
    writeFileSync(ws.path('latin1.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    return fixture(ws.path('latin1.json'));
  },
  'directory-loop': () => {
    const ws = workspace();
    symlinkSync(ws.evidence, join(ws.evidence, 'loop'));
    return readiness(ws);
  },
  // A directory the process may not list: a closed one, or for root (which may list any) one that /proc refuses.
  'directory-unlistable': () => {
    const ws = workspace();
    const closed = join(ws.evidence, 'closed');
    mkdirSync(closed);
    chmodSync(closed, 0);
    const evidence = process.getuid?.() === 0 ? '/proc/1/map_files' : closed;
    return problemsOf(['verify-packet', ws.path('packet.json'), '--evidence', evidence]).finally(() =>
      chmodSync(closed, 0o755),
    );
  },
  'input-not-json': () => fixture(workspace().write('broken.json', '{ "kind": ')),
  'evidence-not-json': () => {
    const ws = workspace();
    writeFileSync(join(ws.evidence, 'broken.json'), '{ "kind": ');
    return readiness(ws);
  },
  'evidence-invalid': () => {
    const ws = workspace();
    writeFileSync(join(ws.evidence, 'stranger.json'), JSON.stringify({ kind: 'release-status', note: 'x' }));
    return readiness(ws);
  },
  'evidence-name-finding': () => {
    const ws = workspace();
    const named = join(ws.evidence, `${crypto.randomUUID()}.json`);
    writeFileSync(named, JSON.stringify(buildSamples(NOW).source));
    return readiness(ws);
  },
  'candidate-invalid': () => {
    const ws = workspace();
    ws.write('candidate.json', JSON.stringify({ kind: 'release-candidate' }));
    return readiness(ws);
  },
  'policy-findings': () => {
    const ws = workspace();
    return readiness(ws, '--policy', ws.write('policy.json', JSON.stringify({ 'x-owner': `ops${'@'}example.com` })));
  },
  'policy-not-json': () => {
    const ws = workspace();
    return readiness(ws, '--policy', ws.write('policy.json', '{ "clockSkew": '));
  },
  'policy-invalid': () => {
    const ws = workspace();
    return readiness(ws, '--policy', ws.write('policy.json', JSON.stringify({ clockSkew: 5 })));
  },
  'diff-input-findings': () => {
    const ws = workspace();
    const leaky = ws.write('leaky.json', JSON.stringify({ kind: 'release-readiness', id: crypto.randomUUID() }));
    return problemsOf(['diff', leaky, ws.path('packet.json')]);
  },
  'diff-input-invalid': () => {
    const ws = workspace();
    return problemsOf(['diff', ws.write('bare.json', '{"kind":"release-readiness"}'), ws.path('packet.json')]);
  },
  'diff-input-kind': () => {
    const ws = workspace();
    return problemsOf(['diff', ws.path('candidate.json'), ws.path('packet.json')]);
  },
  'output-is-input': () => {
    const ws = workspace();
    return packet(ws, '--out', ws.path('candidate.json'));
  },
  'output-in-evidence': () => {
    const ws = workspace();
    return packet(ws, '--out', join(ws.evidence, 'packet-out.json'));
  },
  'output-same-file': () => {
    const ws = workspace();
    return packet(ws, '--out', ws.path('out.json'), '--markdown', ws.path('out.json'));
  },
  'output-unwritable': () => {
    const ws = workspace();
    return packet(ws, '--out', join(ws.dir, 'no-such-directory', 'out.json'));
  },
  'action-out-unwritable': () => thrown(() => writeOut(join(workspace().dir, 'no-such-directory', 'out.json'), '{}')),
  'action-outputs-unwritable': () =>
    thrown(() => writeStepOutputs({ GITHUB_OUTPUT: workspace().evidence }, { verdict: 'ready' })),
};
