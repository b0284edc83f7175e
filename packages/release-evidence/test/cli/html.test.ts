import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOW, runCli, sampleWorkspace, type Workspace } from './packet-support.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

function quiet(): void {
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  vi.stubEnv('GITHUB_ACTIONS', '');
}

const readinessArgs = (ws: Workspace) => ['--candidate', ws.candidate, '--now', NOW, '--evidence', ws.evidence];

describe('--format html and --html', () => {
  it('readiness --format html writes one page to stdout, with evidence ages, and exits on the verdict', async () => {
    quiet();
    const ws = sampleWorkspace();
    const run = await runCli(['readiness', ...readinessArgs(ws), '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>\n')).toBe(true);
    expect(run.stdout.endsWith('</html>\n')).toBe(true);
    expect(run.stdout).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(run.stdout).toContain('<span class="badge ready">Ready</span>');
    expect(run.stdout.match(/<svg class="age"/g)?.length).toBe(8);
    // The sink wrote the stylesheet byte for byte: its hash is still the one the policy allows.
    const style = /<style>([\s\S]*?)<\/style>/.exec(run.stdout)?.[1] ?? '';
    expect(run.stdout).toContain(`sha256-${createHash('sha256').update(style).digest('base64')}`);
    rmSync(ws.dir, { recursive: true });
  });

  it('packet --html writes the packet report next to the packet, byte for byte the same on a re-run', async () => {
    quiet();
    const ws = sampleWorkspace();
    const htmlPath = join(ws.dir, 'report.html');
    const args = ['packet', ...readinessArgs(ws), '--out', join(ws.dir, 'packet.json'), '--html', htmlPath];
    expect((await runCli(args)).code).toBe(0);
    const page = readFileSync(htmlPath, 'utf8');
    const packet = JSON.parse(readFileSync(join(ws.dir, 'packet.json'), 'utf8'));
    expect(page).toContain('<p class="eyebrow">Release packet</p>');
    expect(page).toContain(`<code><bdi>${packet.id}</bdi></code>`);
    await runCli(args);
    expect(readFileSync(htmlPath, 'utf8')).toBe(page);
    rmSync(ws.dir, { recursive: true });
  });

  it('refuses an --html path that names an input or the packet, and leaves that file as it is', async () => {
    quiet();
    const ws = sampleWorkspace();
    const out = join(ws.dir, 'packet.json');
    for (const target of [ws.candidate, ws.files.source as string, out]) {
      const before = target === out ? undefined : readFileSync(target, 'utf8');
      const run = await runCli(['packet', ...readinessArgs(ws), '--out', out, '--html', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--html names (an input file|the same file as --out)/);
      if (before !== undefined) expect(readFileSync(target, 'utf8')).toBe(before);
    }
    rmSync(ws.dir, { recursive: true });
  });
});
