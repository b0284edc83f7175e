import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toSarif } from '../../src/format/index.js';
import { makeFinding } from '../../src/privacy/index.js';
import { runCli } from '../cli/run-cli.js';
import { NOW, removeWorkspace, type Workspace, workspace } from './support.js';

// Issue #8 items 6 and 8.
const OFF = { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' };
let ws: Workspace;
afterEach(() => {
  removeWorkspace(ws);
  vi.restoreAllMocks();
});

const readinessArgs = () => ['--candidate', ws.candidate, '--now', NOW, '--evidence', ws.evidence];

/** The canary's p50 latency written as `1e400`, which overflows a double. */
function overflowingCanary(): string {
  const path = join(ws.evidence, 'canary.json');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/"p50": [0-9]+/, '"p50": 1e400'));
  expect(readFileSync(path, 'utf8')).toContain('1e400');
  return path;
}

describe('non-finite numbers (spec §10)', () => {
  it('make the document invalid (number-range), never an internal error', async () => {
    ws = workspace();
    const canary = overflowingCanary();
    const readiness = await runCli(['readiness', ...readinessArgs()], OFF);
    expect(readiness.code).toBe(1);
    expect(readiness.stderr).toMatch(
      new RegExp(`^evidence ${canary}: invalid \\(.*number-range at /latencyMs/p50`, 'm'),
    );
    expect(readiness.stderr).not.toContain('internal error');
    const packet = await runCli(['packet', ...readinessArgs(), '--out', join(ws.dir, 'p.json')], OFF);
    expect(packet.code).toBe(1);
    expect(packet.stderr).toContain(canary);
    const validate = await runCli(['validate', canary, '--format', 'json'], OFF);
    expect(validate.code).toBe(1);
    const codes = JSON.parse(validate.stdout).documents[0].errors.map((error: { code: string }) => error.code);
    expect(codes).toContain('number-range');
  });
});

describe('step summary (spec §10)', () => {
  it('counts what is already in the file, stays under 1 MiB, and always keeps the verdict line', async () => {
    ws = workspace();
    const summary = join(ws.dir, 'summary.md');
    const env = { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: summary };
    for (const existing of [1024 * 1024 - 200, 1024 * 1024 - 20_000]) {
      writeFileSync(summary, 'x'.repeat(existing));
      const run = await runCli(['readiness', ...readinessArgs()], env);
      expect(run.code).toBe(0);
      const after = readFileSync(summary);
      expect(after.length).toBeLessThanOrEqual(1024 * 1024);
      expect(after.subarray(existing).toString('utf8')).toMatch(/^## ✅ Release readiness: `ready`\n/);
    }
    writeFileSync(summary, 'x'.repeat(1024 * 1024 - 10));
    const full = await runCli(['readiness', ...readinessArgs()], env);
    expect(full.stderr).toContain('warning: GITHUB_STEP_SUMMARY is too full');
    expect(readFileSync(summary).length).toBe(1024 * 1024 - 10);
  });
});

describe('SARIF artifactLocation.uri (RFC 3986)', () => {
  it('percent-encodes each path segment and keeps the separators', () => {
    const sarif = toSarif([{ path: 'ev/a b#c?d%e[f].json', findings: [finding()] }]) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uri = sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('ev/a%20b%23c%3Fd%25e%5Bf%5D.json');
    expect(decodeURIComponent(uri ?? '')).toBe('ev/a b#c?d%e[f].json');
  });
});

function finding() {
  return makeFinding({ rule: 'github-token', class: 'credential', pointer: '/a', line: 1, column: 1, redacted: 'x' });
}
