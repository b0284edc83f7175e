import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packetArgv } from '../cli/packet-support.js';
import { runCli } from '../cli/run-cli.js';
import { NOW, removeWorkspace, type Workspace, workspace } from './support.js';

// Issue #8 items 4 and 5 (spec §10): inputs are found without surprises; outputs never replace inputs.
const OFF = { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' };
let ws: Workspace;
afterEach(() => removeWorkspace(ws));

const readiness = (evidence: string) =>
  runCli(['readiness', '--candidate', ws.candidate, '--now', NOW, '--evidence', evidence], OFF);

/** A newer, failing source-status document: it supersedes the passing one and blocks the release. */
function failingSource(): string {
  const text = readFileSync(join(ws.evidence, 'source.json'), 'utf8');
  const document = JSON.parse(text);
  document.id = 'source-status-2';
  document.generatedAt = '2026-11-25T11:55:00Z';
  document.conclusion = 'failure';
  document.checks[0].status = 'failed';
  document.summary = { passed: 1, failed: 1, skipped: 1 };
  return JSON.stringify(document);
}

describe('inputs (spec §10)', () => {
  it('follows a symbolic link to a sub-directory: a newer failing document there blocks the release', async () => {
    ws = workspace();
    expect((await readiness(ws.evidence)).code).toBe(0);
    mkdirSync(join(ws.dir, 'elsewhere'));
    writeFileSync(join(ws.dir, 'elsewhere', 'source-2.json'), failingSource());
    symlinkSync(join(ws.dir, 'elsewhere'), join(ws.evidence, 'linked'));
    const run = await readiness(ws.evidence);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).verdict).toBe('blocked');
  });

  it('reads *.JSON in any letter case', async () => {
    ws = workspace();
    writeFileSync(join(ws.evidence, 'SOURCE-2.JSON'), failingSource());
    expect(JSON.parse((await readiness(ws.evidence)).stdout).verdict).toBe('blocked');
    const scan = await runCli(['scan', ws.evidence], OFF);
    expect(scan.stdout).toContain('SOURCE-2.JSON');
  });

  it('reports a link loop (exit 2) naming it', async () => {
    ws = workspace();
    symlinkSync(ws.evidence, join(ws.evidence, 'loop'));
    const run = await readiness(ws.evidence);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(ws.evidence, 'loop')}: symbolic link loop`);
    expect((await runCli(['validate', ws.evidence], OFF)).code).toBe(2);
  });

  it('makes a FIFO, a device and a dangling link errors that name them (exit 2), never skipped', async () => {
    ws = workspace();
    execFileSync('mkfifo', [join(ws.evidence, 'pipe.json')]);
    symlinkSync('/dev/null', join(ws.evidence, 'device'));
    symlinkSync(join(ws.dir, 'gone.json'), join(ws.evidence, 'dangling.json'));
    for (const argv of [
      ['validate', ws.evidence],
      ['scan', ws.evidence, '--format', 'json'],
      ['readiness', '--candidate', ws.candidate, '--now', NOW, '--evidence', ws.evidence],
    ]) {
      const run = await runCli(argv, OFF);
      expect(run.code, argv[0]).toBe(2);
      const text = run.stdout + run.stderr;
      const named = ['pipe.json', 'device', 'dangling.json'].filter((name) => text.includes(join(ws.evidence, name)));
      // readiness stops at the first input error (in path order); validate and scan report each file.
      expect(named, argv[0]).toEqual(
        argv[0] === 'readiness' ? ['dangling.json'] : ['pipe.json', 'device', 'dangling.json'],
      );
    }
  });

  it.skipIf(process.getuid?.() === 0)(
    'makes an unreadable directory an error naming it (not testable as root)',
    async () => {
      ws = workspace();
      mkdirSync(join(ws.evidence, 'closed'));
      chmodSync(join(ws.evidence, 'closed'), 0);
      const run = await runCli(['validate', ws.evidence], OFF);
      chmodSync(join(ws.evidence, 'closed'), 0o755);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(join(ws.evidence, 'closed'));
    },
  );
});

describe('outputs (spec §10)', () => {
  const packet = (out: string, markdown?: string) =>
    runCli(packetArgv(ws.candidate, out, [ws.evidence], markdown === undefined ? [] : ['--markdown', markdown]), OFF);

  it.each([
    ['--out names the candidate', () => [ws.candidate]],
    ['--out is a symbolic link to an evidence file', () => linkTo(join(ws.evidence, 'source.json'))],
    ['--markdown names an evidence file', () => [join(ws.dir, 'p.json'), join(ws.evidence, 'canary.json')]],
    ['--markdown names the packet itself', () => [join(ws.dir, 'p.json'), join(ws.dir, 'p.json')]],
    ['--markdown is a link to the packet', () => [join(ws.dir, 'p.json'), linkTo(join(ws.dir, 'p.json'))[0] as string]],
    ['--out is inside an evidence directory', () => [join(ws.evidence, 'new', '..', 'p.json')]],
    ['--out is a hard link to an evidence file', () => hardLinkTo(join(ws.evidence, 'source.json'))],
    ['--out is a hard link to the candidate', () => hardLinkTo(ws.candidate)],
  ])('refuses when %s (exit 2), leaving every input as it was', async (_name, paths) => {
    ws = workspace();
    mkdirSync(join(ws.evidence, 'new'));
    const before = snapshot();
    const [out, markdown] = paths() as [string, string | undefined];
    const run = await packet(out, markdown);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .*(names an input file|inside an evidence directory|names the same file)/m);
    expect(snapshot()).toEqual(before);
  });

  function linkTo(target: string): string[] {
    const link = join(ws.dir, `link-${Math.random().toString(36).slice(2)}.json`);
    symlinkSync(target, link);
    return [link];
  }

  // A hard link has its own real path, so only the file's identity (device and inode) shows it is the input itself.
  function hardLinkTo(target: string): string[] {
    const link = join(ws.dir, `hard-${Math.random().toString(36).slice(2)}.json`);
    linkSync(target, link);
    return [link];
  }

  function snapshot(): string[] {
    return [ws.candidate, join(ws.evidence, 'source.json'), join(ws.evidence, 'canary.json')].map((path) =>
      readFileSync(path, 'utf8'),
    );
  }
});
