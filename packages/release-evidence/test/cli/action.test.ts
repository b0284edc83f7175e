import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The composite action at the repository root. Its step script is run here with a stand-in `pnpm` that records the
// arguments it receives, so the test checks exactly what the action would hand to the CLI.
const actionText = readFileSync(new URL('../../../../action.yml', import.meta.url), 'utf8');

function stepScript(): string {
  const lines = actionText.split('\n');
  const start = lines.indexOf('      run: |');
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && !line.startsWith('        ')) break;
    body.push(line.slice(8));
  }
  return body.join('\n');
}

const BASE_ENV = {
  RE_COMMAND: 'readiness',
  RE_CANDIDATE: 'c.json',
  RE_EVIDENCE: 'ev',
  RE_FORMAT: 'json',
  RE_OUT: '',
  RE_MARKDOWN: '',
  RE_NOW: '',
  RE_POLICY: '',
};

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'action-'));
  const fake = join(dir, 'pnpm');
  writeFileSync(fake, `#!/usr/bin/env bash\nprintf '%s\\0' "$@" > "${dir}/argv"\necho '{"ok":true}'\n`);
  chmodSync(fake, 0o755);
  writeFileSync(join(dir, 'step.sh'), stepScript());
});

afterEach(() => {
  rmSync(dir, { recursive: true });
});

function runStep(env: Record<string, string>) {
  const result = spawnSync('bash', [join(dir, 'step.sh')], {
    cwd: dir,
    env: { PATH: `${dir}:${process.env.PATH}`, ...BASE_ENV, ...env },
    encoding: 'utf8',
  });
  const argvFile = join(dir, 'argv');
  const argv = existsSync(argvFile) ? readFileSync(argvFile, 'utf8').split('\0').slice(0, -1) : [];
  return { status: result.status, stdout: result.stdout, argv };
}

describe('action.yml', () => {
  it('never interpolates an input into the script: inputs arrive as environment variables', () => {
    expect(stepScript()).not.toContain('${{');
    const envBlock = actionText.slice(actionText.indexOf('      env:'), actionText.indexOf('      run: |'));
    for (const line of envBlock.split('\n').slice(1).filter(Boolean)) {
      expect(line).toMatch(/^ {8}RE_[A-Z]+: \$\{\{ inputs\.[a-z-]+ \}\}$/);
    }
  });

  it('builds the packet command, one evidence path per line, taken literally', () => {
    const hostile = 'ev dir/$(touch pwned)`touch pwned2`;x';
    const run = runStep({
      RE_COMMAND: 'packet',
      RE_OUT: 'out/packet.json',
      RE_MARKDOWN: 'summary.md',
      RE_HTML: 'report.html',
      RE_NOW: '2026-11-25T12:00:00Z',
      RE_POLICY: 'policy.json',
      RE_EVIDENCE: `  evidence/a.json  \n\n${hostile}\n`,
    });
    expect(run.status).toBe(0);
    expect(run.argv).toEqual([
      'exec',
      'release-evidence',
      'packet',
      '--out',
      'out/packet.json',
      '--markdown',
      'summary.md',
      '--html',
      'report.html',
      '--candidate',
      'c.json',
      '--now',
      '2026-11-25T12:00:00Z',
      '--policy',
      'policy.json',
      '--evidence',
      'evidence/a.json',
      hostile,
    ]);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
  });

  it('writes readiness output to the out file when one is given', () => {
    const run = runStep({ RE_FORMAT: 'markdown', RE_OUT: 'readiness.md' });
    expect(run.status).toBe(0);
    expect(run.argv).toEqual([
      'exec',
      'release-evidence',
      'readiness',
      '--format',
      'markdown',
      '--candidate',
      'c.json',
      '--evidence',
      'ev',
    ]);
    expect(readFileSync(join(dir, 'readiness.md'), 'utf8')).toBe('{"ok":true}\n');
  });

  it.each([
    [{ RE_COMMAND: 'rm -rf /' }, 'the command input must be readiness or packet'],
    [{ RE_COMMAND: 'packet' }, 'the packet command needs the out input'],
    [{ RE_EVIDENCE: ' \n \n' }, 'the evidence input names no path'],
  ])('refuses %j with exit 2 and an annotation', (env, message) => {
    const run = runStep(env);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(`::error title=release-evidence action::${message}\n`);
    expect(run.argv).toEqual([]);
  });
});
