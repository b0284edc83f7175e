import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratch } from './cli-support.js';
import { addLeak, baseline, type Doc, docOf } from './support.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspace(mutate: (documents: Doc[], candidate: Doc) => void = () => {}, extra: Record<string, string> = {}) {
  const set = baseline();
  mutate(set.documents, set.candidate);
  const files: Record<string, string> = { 'candidate.json': JSON.stringify(set.candidate), ...extra };
  set.documents.forEach((doc, index) => {
    files[`evidence/${index % 2 === 0 ? 'a' : 'b/c'}/${doc.id}.json`] = JSON.stringify(doc, null, 2);
  });
  const space = scratch(files);
  cleanups.push(space.cleanup);
  return { ...space, now: set.now, set };
}

/** `readiness` on the workspace's candidate and evidence at its `now`, with extra arguments. */
function runReadiness(
  ws: { path: (name: string) => string; now: string },
  extra: string[] = [],
  env: Record<string, string> = {},
) {
  return runCli(
    [
      'readiness',
      '--candidate',
      ws.path('candidate.json'),
      '--evidence',
      ws.path('evidence'),
      '--now',
      ws.now,
      ...extra,
    ],
    env,
  );
}

describe('release-evidence readiness', () => {
  it('prints canonical release-readiness JSON and exits 0 when ready', async () => {
    const ws = workspace();
    const result = await runReadiness(ws);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const readiness = JSON.parse(result.stdout);
    expect(readiness.kind).toBe('release-readiness');
    expect(readiness.verdict).toBe('ready');
    expect(result.stdout).not.toContain(ws.dir);
  });

  it('gives the same bytes for other file names, layouts and argument order', async () => {
    const ws = workspace();
    const first = await runReadiness(ws);
    const set = baseline();
    const files: Record<string, string> = { 'x/cand.json': JSON.stringify(set.candidate, null, 4) };
    set.documents.forEach((doc, index) => {
      files[`flat/${String(99 - index)}.json`] = JSON.stringify(doc);
    });
    const other = scratch(files);
    cleanups.push(other.cleanup);
    const paths = set.documents.map((_doc, index) => other.path(`flat/${String(99 - index)}.json`)).reverse();
    const second = await runCli([
      'readiness',
      '--now',
      ws.now,
      '--candidate',
      other.path('x/cand.json'),
      '--evidence',
      ...paths,
    ]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('accepts evidence given as positionals too', async () => {
    const ws = workspace();
    const result = await runCli([
      'readiness',
      '--candidate',
      ws.path('candidate.json'),
      '--now',
      ws.now,
      ws.path('evidence'),
    ]);
    expect(result.code).toBe(0);
  });

  it('exits 1 when blocked, names the invalid file and never prints the leak', async () => {
    let leak = '';
    const ws = workspace((documents) => {
      leak = addLeak(documents[2] as Doc);
    });
    const result = await runReadiness(ws);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe('blocked');
    expect(result.stderr).toContain('production-secret-rotation.json: invalid');
    expect(result.stdout + result.stderr).not.toContain(leak);
  });

  it('exits 2 on an evidence file that is not JSON, naming it and printing no readiness (§10)', async () => {
    const ws = workspace(() => {}, { 'evidence/broken.json': '{ "kind": "release-status", ' });
    const result = await runReadiness(ws);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.json: not usable as JSON (json-syntax)');
  });

  it('counts JSON that is not a contract document as an invalid input that blocks (§6)', async () => {
    const ws = workspace(() => {}, { 'evidence/list.json': '[1, 2]' });
    const result = await runReadiness(ws);
    expect(result.code).toBe(1);
    const readiness = JSON.parse(result.stdout);
    expect(readiness.verdict).toBe('blocked');
    expect(readiness.inputs.filter((input: Doc) => !input.valid)).toHaveLength(1);
    expect(result.stderr).toContain('list.json: invalid');
  });

  it('exits 2 on a missing evidence path, naming it', async () => {
    const ws = workspace();
    // A plain path after the options is evidence too.
    const result = await runReadiness(ws, [ws.path('nope.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.json: no such file or directory');
  });

  it('exits 1 with awaiting-operator when the approval is missing', async () => {
    const ws = workspace((documents) => {
      documents.splice(
        documents.findIndex((doc) => doc.kind === 'operator-assisted-production'),
        1,
      );
    });
    const result = await runReadiness(ws);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe('awaiting-operator');
  });

  it('applies --policy over the candidate policy', async () => {
    const ws = workspace(() => {}, {
      'policy.json': JSON.stringify({ requiredGates: ['production-cutover'], maxAge: { 'source-known': 'PT1H' } }),
    });
    const result = await runReadiness(ws, ['--policy', ws.path('policy.json')]);
    expect(result.code).toBe(1);
    const readiness = JSON.parse(result.stdout);
    expect(readiness.policy.requiredGates).toContain('production-cutover');
    expect(readiness.gates.find((gate: Doc) => gate.gate === 'source-known').status).toBe('stale');
  });

  it('applies --policy floors, and shows a weakened policy in JSON, Markdown and ::warning lines', async () => {
    const policy = { clockSkew: 'PT1H', floors: { 'provider-canary': { minSuccessRate: 0.99 } } };
    const ws = workspace(() => {}, { 'policy.json': JSON.stringify(policy), 'summary.md': '' });
    const env = { GITHUB_STEP_SUMMARY: ws.path('summary.md'), GITHUB_ACTIONS: 'true' };
    const result = await runReadiness(ws, ['--policy', ws.path('policy.json')], env);
    expect(result.code).toBe(1);
    const readiness = JSON.parse(result.stdout);
    expect(readiness.policy.floors).toEqual(policy.floors);
    const canary = readiness.gates.find((gate: Doc) => gate.gate === 'provider-canary');
    expect(canary.reasons.map((entry: Doc) => entry.code)).toContain('threshold-below-floor');
    expect(readiness.warnings).toEqual([
      { code: 'policy-weakened', message: 'policy clockSkew is PT1H, weaker than the default PT5M' },
    ]);
    expect(readFileSync(ws.path('summary.md'), 'utf8')).toContain('### Warnings');
    expect(result.stderr).toContain(
      '::warning title=Release readiness warning policy-weakened::policy clockSkew is PT1H, weaker than the default PT5M',
    );
  });

  it('refuses a --policy with a floor for another gate (exit 2, naming the file)', async () => {
    const ws = workspace(() => {}, { 'policy.json': JSON.stringify({ floors: { 'source-known': { minRuns: 1 } } }) });
    const result = await runReadiness(ws, ['--policy', ws.path('policy.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy.json');
    expect(result.stderr).toContain('unknown-field at /floors/source-known');
    expect(result.stdout).toBe('');
  });

  it.each(['markdown', 'in-toto', 'predicate'])('prints --format %s', async (format) => {
    const ws = workspace();
    const result = await runReadiness(ws, ['--format', format]);
    expect(result.code).toBe(0);
    if (format === 'markdown') expect(result.stdout).toContain('ready');
    if (format === 'in-toto') expect(JSON.parse(result.stdout)._type).toBe('https://in-toto.io/Statement/v1');
    if (format === 'predicate') expect(JSON.parse(result.stdout).kind).toBe('release-readiness');
  });

  it('prints as --format predicate exactly the predicate that --format in-toto wraps', async () => {
    const ws = workspace();
    const statement = await runReadiness(ws, ['--format', 'in-toto']);
    const predicate = await runReadiness(ws, ['--format', 'predicate']);
    expect(JSON.parse(predicate.stdout)).toEqual(JSON.parse(statement.stdout).predicate);
    // Canonical JSON writes a value the same bytes wherever it sits, so the Statement holds the predicate verbatim.
    expect(statement.stdout).toContain(`"predicate":${predicate.stdout.trimEnd()}`);
  });

  it('appends Markdown to GITHUB_STEP_SUMMARY and keeps stdout one document', async () => {
    const ws = workspace(
      (documents) => {
        documents.splice(0, 1);
      },
      { 'summary.md': '' },
    );
    const result = await runReadiness(ws, [], { GITHUB_STEP_SUMMARY: ws.path('summary.md'), GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe('blocked');
    expect(readFileSync(ws.path('summary.md'), 'utf8').length).toBeGreaterThan(0);
    expect(result.stderr).toContain('::error');
  });

  describe('usage and input errors exit 2 without printing contents', () => {
    it.each([
      [
        'no --candidate',
        (_p: (n: string) => string) => ['readiness', '--evidence', _p('evidence')],
        /--candidate is required/,
      ],
      [
        'no evidence',
        (p: (n: string) => string) => ['readiness', '--candidate', p('candidate.json')],
        /--evidence needs at least one path/,
      ],
      [
        'a bad --now',
        (p: (n: string) => string) => [
          'readiness',
          '--candidate',
          p('candidate.json'),
          '--evidence',
          p('evidence'),
          '--now',
          'soon',
        ],
        /--now/,
      ],
      [
        'a bad --format',
        (p: (n: string) => string) => [
          'readiness',
          '--candidate',
          p('candidate.json'),
          '--evidence',
          p('evidence'),
          '--format',
          'yaml',
        ],
        /--format/,
      ],
      [
        'a missing candidate',
        (p: (n: string) => string) => ['readiness', '--candidate', p('none.json'), '--evidence', p('evidence')],
        /none\.json: no such file/,
      ],
    ])('%s', async (_name, argv, message) => {
      const ws = workspace();
      const result = await runCli(argv(ws.path));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });

    it('a leaky candidate names the file and never the secret', async () => {
      let leak = '';
      const ws = workspace((_documents, candidate) => {
        leak = addLeak(candidate);
      });
      const result = await runCli([
        'readiness',
        '--candidate',
        ws.path('candidate.json'),
        '--evidence',
        ws.path('evidence'),
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('candidate.json: not a valid, privacy-clean release-candidate');
      expect(result.stderr).not.toContain(leak);
    });

    it('an evidence document given as the candidate', async () => {
      const ws = workspace();
      const evidence = JSON.stringify(docOf(baseline(), 'source-known'));
      const other = scratch({ 'c.json': evidence });
      cleanups.push(other.cleanup);
      const result = await runCli([
        'readiness',
        '--candidate',
        other.path('c.json'),
        '--evidence',
        ws.path('evidence'),
      ]);
      expect(result.code).toBe(2);
    });

    it.each([
      ['an unknown gate', JSON.stringify({ requiredGates: ['no-such-gate'] })],
      ['an unknown field', JSON.stringify({ maxAgeDays: 3 })],
      ['bad JSON', '{'],
    ])('a policy with %s', async (_name, policy) => {
      const ws = workspace(() => {}, { 'policy.json': policy });
      const result = await runReadiness(ws, ['--policy', ws.path('policy.json')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('policy.json');
    });
  });
});
