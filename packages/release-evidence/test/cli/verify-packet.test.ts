import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW, runCli, sampleWorkspace, type Workspace } from './packet-support.js';

let ws: Workspace;
let packetPath: string;

beforeEach(async () => {
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  vi.stubEnv('GITHUB_ACTIONS', '');
  ws = sampleWorkspace();
  packetPath = join(ws.dir, 'packet.json');
  const built = await runCli([
    'packet',
    '--candidate',
    ws.candidate,
    '--now',
    NOW,
    '--out',
    packetPath,
    '--evidence',
    ws.evidence,
  ]);
  expect(built.code).toBe(0);
});

afterEach(() => {
  rmSync(ws.dir, { recursive: true });
  vi.unstubAllEnvs();
});

describe('release-evidence verify-packet', () => {
  it('exits 0 when everything matches', async () => {
    const run = await runCli(['verify-packet', packetPath, '--evidence', ws.evidence]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('verified');
  });

  it('skips the packet itself when it sits among the evidence', async () => {
    const inside = join(ws.evidence, 'packet.json');
    writeFileSync(inside, readFileSync(packetPath));
    expect((await runCli(['verify-packet', inside, '--evidence', ws.evidence])).code).toBe(0);
  });

  it('accepts reformatted evidence', async () => {
    const file = ws.files.canary as string;
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    expect((await runCli(['verify-packet', packetPath, '--evidence', ws.evidence])).code).toBe(0);
  });

  it('exits 1 and reports a changed document as JSON', async () => {
    const file = ws.files.canary as string;
    const canary = JSON.parse(readFileSync(file, 'utf8'));
    canary.latencyMs.p50 = 901;
    writeFileSync(file, JSON.stringify(canary));
    const run = await runCli(['verify-packet', packetPath, '--evidence', ws.evidence, '--format', 'json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.ok).toBe(false);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]).toMatchObject({ kind: 'provider-canary-evidence', id: 'provider-canary-1' });
    // Reasons keep their §7 shape, `{ code, message }`, the message rendered from the catalogue.
    expect(result.reasons).toEqual([
      {
        code: 'document-changed',
        message: 'provider-canary-evidence provider-canary-1 has changed since the packet was built',
      },
      { code: 'artifacts-mismatch', message: 'the artifacts list does not match the documents' },
      { code: 'readiness-mismatch', message: 'readiness re-run at the packet time differs' },
    ]);
  });

  it('exits 1 on an edited verdict', async () => {
    const packet = JSON.parse(readFileSync(packetPath, 'utf8'));
    packet.readiness.verdict = 'blocked';
    writeFileSync(packetPath, JSON.stringify(packet));
    const run = await runCli(['verify-packet', packetPath, '--evidence', ws.evidence]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('readiness-mismatch');
    expect(run.stdout).toContain('packet-digest-mismatch');
  });

  it('exits 1 on a packet whose text repeats a member, however the value it shadows reads', async () => {
    const text = readFileSync(packetPath, 'utf8');
    writeFileSync(packetPath, text.replace('"verdict": ', '"verdict": "blocked", "verdict": '));
    const run = await runCli(['verify-packet', packetPath, '--evidence', ws.evidence]);
    expect(run.code).toBe(1);
    // The text view wraps at 80 columns; the words stay in order.
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('duplicate-key at /readiness/verdict');
  });

  it.each([
    ['no packet file', () => ['verify-packet', '--evidence', ws.evidence], /exactly one packet FILE/],
    ['no evidence', () => ['verify-packet', packetPath], /--evidence needs at least one path/],
    [
      'a missing evidence path',
      () => ['verify-packet', packetPath, '--evidence', join(ws.dir, 'nope')],
      /no such file/,
    ],
  ])('exits 2 on %s', async (_name, argv, message) => {
    const run = await runCli(argv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 on a packet that is not JSON, naming the file but not its contents', async () => {
    writeFileSync(packetPath, '{"packet": "sec-ret-value"');
    const run = await runCli(['verify-packet', packetPath, '--evidence', ws.evidence]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(packetPath);
    expect(run.stderr).not.toContain('sec-ret-value');
  });
});
