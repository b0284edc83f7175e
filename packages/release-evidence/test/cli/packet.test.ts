import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateDocument } from '../../src/contract/index.js';
import { formatReadinessMarkdown } from '../../src/format/index.js';
import { NOW, packetArgv, runCli, sampleWorkspace } from './packet-support.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

function packetArgs(ws: ReturnType<typeof sampleWorkspace>, evidence: readonly string[] = [ws.evidence]) {
  return [
    'packet',
    '--candidate',
    ws.candidate,
    '--now',
    NOW,
    '--out',
    join(ws.dir, 'packet.json'),
    '--evidence',
    ...evidence,
  ];
}

describe('release-evidence packet', () => {
  it('writes a valid packet and its Markdown, deterministically, and exits 0 when ready', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.stubEnv('GITHUB_ACTIONS', '');
    const ws = sampleWorkspace();
    const markdownPath = join(ws.dir, 'summary.md');
    const run = await runCli([...packetArgs(ws), '--markdown', markdownPath]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toMatch(/verdict ready, 8 artifacts, sha256:[0-9a-f]{64}/);
    const text = readFileSync(join(ws.dir, 'packet.json'), 'utf8');
    const packet = JSON.parse(text);
    expect(validateDocument(text, { expectKind: 'release-packet' }).ok).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readFileSync(markdownPath, 'utf8')).toBe(
      formatReadinessMarkdown(packet.readiness, { artifacts: packet.artifacts }),
    );
    await runCli([...packetArgs(ws), '--markdown', markdownPath]);
    expect(readFileSync(join(ws.dir, 'packet.json'), 'utf8')).toBe(text);
    rmSync(ws.dir, { recursive: true });
  });

  it('refuses an --out inside an evidence directory (spec §10) and gives the same packet on a re-run outside it', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.stubEnv('GITHUB_ACTIONS', '');
    const ws = sampleWorkspace();
    const inside = join(ws.evidence, 'packet.json');
    const refused = await runCli(packetArgv(ws.candidate, inside, [ws.evidence]));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${inside}: --out is inside an evidence directory`);
    const outside = join(ws.dir, 'packet.json');
    const args = packetArgv(ws.candidate, outside, [ws.evidence]);
    expect((await runCli(args)).code).toBe(0);
    const first = readFileSync(outside, 'utf8');
    expect((await runCli(args)).code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe(first);
    expect(JSON.parse(first).readiness.inputs).toHaveLength(8);
    rmSync(ws.dir, { recursive: true });
  });

  it('refuses an --out that names an evidence document instead of dropping and overwriting it', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.stubEnv('GITHUB_ACTIONS', '');
    const ws = sampleWorkspace();
    const target = ws.files.canary as string;
    const before = readFileSync(target, 'utf8');
    const args = ['packet', '--candidate', ws.candidate, '--now', NOW, '--out', target, '--evidence', ws.evidence];
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${target}: --out names an input file`);
    expect(readFileSync(target, 'utf8')).toBe(before);
    rmSync(ws.dir, { recursive: true });
  });

  it("writes no output when one cannot be written: last run's packet stays, the failing file is named", async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.stubEnv('GITHUB_ACTIONS', '');
    const ws = sampleWorkspace();
    writeFileSync(join(ws.dir, 'packet.json'), 'last run');
    const markdown = join(ws.dir, 'no-such-folder', 'summary.md');
    const run = await runCli([...packetArgs(ws), '--markdown', markdown]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${markdown}: `);
    expect(readFileSync(join(ws.dir, 'packet.json'), 'utf8')).toBe('last run');
    expect(readdirSync(ws.dir).sort()).toEqual(['candidate.json', 'evidence', 'packet.json']);
    rmSync(ws.dir, { recursive: true });
  });

  it('exits 1 when the evidence is not acceptable, and still writes the packet', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.stubEnv('GITHUB_ACTIONS', '');
    const ws = sampleWorkspace();
    const run = await runCli(packetArgs(ws, [ws.files.source as string, ws.files.staging as string]));
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(ws.dir, 'packet.json'), 'utf8')).readiness.verdict).toBe('blocked');
    rmSync(ws.dir, { recursive: true });
  });

  it('appends the summary and prints capped ::error lines inside GitHub Actions', async () => {
    const ws = sampleWorkspace();
    const summary = join(ws.dir, 'step-summary.md');
    writeFileSync(summary, 'earlier step output\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    const run = await runCli(packetArgs(ws, [ws.files.source as string]));
    expect(run.code).toBe(1);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('earlier step output\n## ❌ Release readiness: `blocked`')).toBe(true);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(10);
    for (const line of lines) expect(line).toMatch(/^::error title=Release gate [a-z-]+%3A [a-z]+::/);
    rmSync(ws.dir, { recursive: true });
  });

  it('annotates a leaking document by file and never repeats the secret anywhere', async () => {
    const ws = sampleWorkspace();
    const summary = join(ws.dir, 'step-summary.md');
    vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const token = `${'gh'}${'p_'}${Array.from({ length: 36 }, (_, index) => alphabet[(index * 7 + 3) % alphabet.length]).join('')}`;
    const staging = JSON.parse(readFileSync(ws.files.staging as string, 'utf8'));
    staging.checks[0].detail = `deploy used ${token}`;
    writeFileSync(ws.files.staging as string, JSON.stringify(staging, null, 2));
    const markdownPath = join(ws.dir, 'summary.md');
    const run = await runCli([...packetArgs(ws), '--markdown', markdownPath]);
    expect(run.code).toBe(1);
    const annotation = run.stdout.split('\n').find((line) => line.includes('title=Privacy finding'));
    expect(annotation).toContain(`file=${ws.files.staging}`);
    const outputs = [run.stdout, run.stderr, readFileSync(summary, 'utf8'), readFileSync(markdownPath, 'utf8')];
    outputs.push(readFileSync(join(ws.dir, 'packet.json'), 'utf8'));
    for (const output of outputs) expect(output).not.toContain(token.slice(4));
    rmSync(ws.dir, { recursive: true });
  });

  it('does not annotate or summarise outside GitHub Actions', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.stubEnv('GITHUB_ACTIONS', 'false');
    const ws = sampleWorkspace();
    const run = await runCli(packetArgs(ws, [ws.files.source as string]));
    expect(run.stdout).toBe('');
    rmSync(ws.dir, { recursive: true });
  });

  it.each([
    [
      'no --out',
      (args: string[]) => args.filter((arg, index) => arg !== '--out' && args[index - 1] !== '--out'),
      /--out is required/,
    ],
    ['a repeated option', (args: string[]) => [...args.slice(0, 3), '--now', NOW, ...args.slice(3)], /more than once/],
    [
      'an unreadable candidate',
      (args: string[]) => args.map((arg) => (arg.endsWith('candidate.json') ? `${arg}.missing` : arg)),
      /no such file/,
    ],
  ])('exits 2 on %s', async (_name, change, message) => {
    const ws = sampleWorkspace();
    const run = await runCli(change(packetArgs(ws)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    rmSync(ws.dir, { recursive: true });
  });

  it('exits 2 on an invalid candidate without quoting it', async () => {
    const ws = sampleWorkspace();
    const candidate = JSON.parse(readFileSync(ws.candidate, 'utf8'));
    candidate.milestone = { id: 'Not A Label <b>' };
    writeFileSync(ws.candidate, JSON.stringify(candidate));
    const run = await runCli(packetArgs(ws));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('candidate.json');
    expect(run.stderr).not.toContain('Not A Label');
    rmSync(ws.dir, { recursive: true });
  });
});
