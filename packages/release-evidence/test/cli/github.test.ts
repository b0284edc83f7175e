import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportToGitHub } from '../../src/cli/github.js';

let dir: string;
let stdout: string[];
let stderr: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gh-report-'));
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(
    ((chunk: string) => stdout.push(chunk) > 0) as typeof process.stdout.write,
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    ((chunk: string) => stderr.push(chunk) > 0) as typeof process.stderr.write,
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true });
});

const report = { markdown: '## summary', annotations: ['::error title=a::b', '::error title=c::d'] };

describe('reportToGitHub', () => {
  it('appends the Markdown, with a final newline, to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, 'before\n');
    await reportToGitHub(report, { env: { GITHUB_STEP_SUMMARY: summary } });
    await reportToGitHub(report, { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toBe('before\n## summary\n## summary\n');
    expect(stdout).toEqual([]);
  });

  it('prints annotations only when GITHUB_ACTIONS is true, to the chosen stream', async () => {
    await reportToGitHub(report, { env: { GITHUB_ACTIONS: 'false' } });
    expect(stdout).toEqual([]);
    await reportToGitHub(report, { env: { GITHUB_ACTIONS: 'true' } });
    expect(stdout.join('')).toBe('::error title=a::b\n::error title=c::d\n');
    await reportToGitHub(report, { env: { GITHUB_ACTIONS: 'true' }, annotationStream: 'stderr' });
    expect(stderr.join('')).toBe('::error title=a::b\n::error title=c::d\n');
  });

  it('ignores an empty GITHUB_STEP_SUMMARY and warns, without failing, when it cannot be written', async () => {
    await reportToGitHub(report, { env: { GITHUB_STEP_SUMMARY: '' } });
    expect(stderr).toEqual([]);
    await reportToGitHub(report, { env: { GITHUB_STEP_SUMMARY: dir } });
    expect(stderr.join('')).toMatch(/^warning: cannot append to the file named by GITHUB_STEP_SUMMARY/);
  });
});
