import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RECORDED_NOW, runAction, workspace } from './runner.js';

// The committed bundle, run as the runner runs it (see runner.ts), on the template's recorded evidence.
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const READY_INPUTS = {
  candidate: 'recorded/release-candidate.json',
  evidence: 'recorded/evidence/\n',
  now: RECORDED_NOW,
};

/** Every workflow command the run printed must be the tool's own: one with properties. */
function expectOnlyOwnCommands(commands: readonly string[]): void {
  for (const command of commands) expect(command).toMatch(/^::(error|warning|notice) [a-z]+=/);
}

describe('the action under a simulated runner', () => {
  it('readiness: ready, outputs through GITHUB_OUTPUT, the summary appended, exit 0', () => {
    dir = workspace();
    const run = runAction(dir, { ...READY_INPUTS, out: 'readiness.json' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const readiness = JSON.parse(readFileSync(join(dir, 'readiness.json'), 'utf8'));
    expect(run.outputs).toEqual({
      verdict: 'ready',
      ready: 'true',
      ...(readiness.validUntil === undefined ? {} : { 'valid-until': readiness.validUntil }),
    });
    expect(run.outputsText).toMatch(/^ready<<ghadelimiter_[0-9a-f-]{36}\ntrue\nghadelimiter_[0-9a-f-]{36}\n/);
    expect(run.summary).toContain('ready');
    expect(run.summary.length).toBeGreaterThan(100);
    expect(run.commands).toEqual([]);
  });

  it('packet: writes the packet and its Markdown, and outputs its digest', () => {
    dir = workspace();
    const run = runAction(dir, { ...READY_INPUTS, command: 'packet', out: 'packet.json', markdown: 'summary.md' });
    expect(run.status).toBe(0);
    const packet = JSON.parse(readFileSync(join(dir, 'packet.json'), 'utf8'));
    expect(run.outputs['packet-digest']).toBe(packet.packetDigest);
    expect(run.outputs.verdict).toBe(packet.readiness.verdict);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain(packet.readiness.verdict);
    expect(run.summary).not.toBe('');

    const verified = runAction(dir, { command: 'verify-packet', packet: 'packet.json', evidence: 'recorded/evidence' });
    expect([verified.status, verified.outputs]).toEqual([0, { verified: 'true' }]);
    const evidence = join(dir, 'recorded/evidence/staging-smoke.json');
    writeFileSync(evidence, readFileSync(evidence, 'utf8').replace('"passed"', '"skipped"'));
    const tampered = runAction(dir, { command: 'verify-packet', packet: 'packet.json', evidence: 'recorded/evidence' });
    expect([tampered.status, tampered.outputs]).toEqual([1, { verified: 'false' }]);
  });

  it('not ready: exit 1 with ::error annotations; fail-on never reports the same without failing', () => {
    dir = workspace();
    const inputs = { ...READY_INPUTS, evidence: 'recorded/evidence/source-status.json' };
    const failing = runAction(dir, inputs);
    expect(failing.status).toBe(1);
    expect(failing.outputs.ready).toBe('false');
    expect(failing.outputs.verdict).not.toMatch(/^ready/);
    expect(failing.commands.length).toBeGreaterThan(0);
    expect(failing.commands.every((line) => line.startsWith('::error title='))).toBe(true);
    expectOnlyOwnCommands(failing.commands);

    const reportOnly = runAction(dir, { ...inputs, 'fail-on': 'never' });
    expect(reportOnly.status).toBe(0);
    expect(reportOnly.outputs).toEqual(failing.outputs);
    expect(reportOnly.commands).toEqual(failing.commands);
  });

  it('scan: a finding fails the step and is annotated, and the value is written nowhere', () => {
    dir = workspace();
    const token = `gh${'p_'}${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`;
    writeFileSync(join(dir, 'leak.json'), JSON.stringify({ note: token }));
    const run = runAction(dir, { command: 'scan', evidence: 'leak.json', out: 'scan.sarif', format: 'sarif' });
    expect(run.status).toBe(1);
    expect(run.commands.length).toBe(1);
    expectOnlyOwnCommands(run.commands);
    const everything = [
      run.stdout,
      run.stderr,
      run.summary,
      run.outputsText,
      readFileSync(join(dir, 'scan.sarif'), 'utf8'),
    ];
    for (const text of everything) expect(text).not.toContain(token);
    expect(JSON.parse(readFileSync(join(dir, 'scan.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('a hostile input value cannot inject a workflow command, an output or an option', () => {
    dir = workspace();
    const forged = 'x\n::add-mask::boom\nverdict<<EOF\nready\nEOF';
    for (const [name, value] of [
      ['candidate', forged],
      ['now', `${RECORDED_NOW}\n::stop-commands::t`],
      ['evidence', 'recorded/evidence\n\u001b]8;;x\u0007'],
    ] as const) {
      const run = runAction(dir, { ...READY_INPUTS, [name]: value });
      expect(run.status).toBe(2);
      expect(run.outputsText).toBe('');
      expect(run.commands).toEqual([]);
      expect(run.stderr).toBe(`error: the ${name} input holds a control character\n`);
    }
    // Read as a path, never as an option: the file "--policy=x" does not exist, so the run names it and stops.
    const option = runAction(dir, { ...READY_INPUTS, evidence: '--policy=recorded/now.json' });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('./--policy=recorded/now.json');
    expect(option.outputsText).toBe('');
  });

  it('usage errors exit 2 and name the input', () => {
    dir = workspace();
    expect(runAction(dir, { ...READY_INPUTS, command: 'deploy' }).stderr).toContain(
      'the command input takes one of: readiness, packet, verify-packet, scan',
    );
    const noOut = runAction(dir, { ...READY_INPUTS, command: 'packet' });
    expect([noOut.status, noOut.stderr]).toEqual([2, 'error: the packet command needs the out input\n']);
    const overInput = runAction(dir, { ...READY_INPUTS, out: 'recorded/release-candidate.json' });
    expect(overInput.status).toBe(2);
    expect(readFileSync(join(dir, 'recorded/release-candidate.json'), 'utf8')).toContain('release-candidate');
  });

  it('out never replaces an input, however the path is spelled (spec §10, as packet --out)', () => {
    dir = workspace();
    symlinkSync(join(dir, 'recorded/evidence/staging-smoke.json'), join(dir, 'smoke-link.json'));
    const evidenceFile = join(dir, 'recorded/evidence/source-status.json');
    const before = readFileSync(evidenceFile, 'utf8');
    for (const out of [
      'recorded/evidence/./source-status.json',
      'recorded/../recorded/evidence/source-status.json',
      'smoke-link.json',
      'recorded/evidence/readiness.json',
    ]) {
      const run = runAction(dir, { ...READY_INPUTS, out });
      expect([out, run.status]).toEqual([out, 2]);
      expect(run.outputsText).toBe('');
    }
    expect(readFileSync(evidenceFile, 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'recorded/evidence/staging-smoke.json'), 'utf8')).toContain('release-status');
    expect(existsSync(join(dir, 'recorded/evidence/readiness.json'))).toBe(false);
  });

  it('a token-shaped out path is written redacted in the error, as every path is (spec §10)', () => {
    dir = workspace();
    const token = `${'np'}${'m_'}${randomBytes(18).toString('hex')}`;
    const run = runAction(dir, { ...READY_INPUTS, out: `missing-dir/${token}.json` });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing-dir/');
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain(token);
  });
});
