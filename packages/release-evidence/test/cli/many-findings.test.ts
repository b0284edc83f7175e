import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOST_FINDINGS_LISTED } from '../../src/cli/file-checks.js';
import { runCli } from '../readiness/cli-support.js';
import { NOW, sampleWorkspace } from './packet-support.js';

// One file with more findings than are listed, under 60 nested names of 128 characters (the longest a pointer
// writes): e-mails (identity), then a password (credential), then an e-mail as the id, all past the listed ones.
const EMAILS = 1500;
const TOTAL = EMAILS + 2;
const name = (level: number) => `${'a b '.repeat(32).slice(0, 125)}${String(level).padStart(3, '0')}`;
const email = (n: number) => `ops${n}@${'example'}.org`;

function manyFindings(): string {
  let nested: unknown = Array.from({ length: EMAILS }, (_, n) => email(n));
  for (let level = 59; level >= 0; level--) nested = { [name(level)]: nested };
  const password = `${'pass'}${'word'}-${'q7'.repeat(8)}`;
  return JSON.stringify({ extensions: { 'x-deep': nested, 'x-deploy': { password } }, id: email(EMAILS) });
}

describe('a file with more findings than are listed', () => {
  const ws = sampleWorkspace();
  const path = join(ws.evidence, 'many.json');
  writeFileSync(path, manyFindings());
  const omitted = TOTAL - MOST_FINDINGS_LISTED - 2;

  it('scan lists the first ones and every class, and counts the rest in JSON, text and SARIF', async () => {
    const json = await runCli(['scan', path, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.findings).toHaveLength(MOST_FINDINGS_LISTED + 2);
    expect(new Set(report.findings.map((finding: { class: string }) => finding.class))).toEqual(
      new Set(['identity', 'credential']),
    );
    expect(report.findings.some((finding: { pointer: string }) => finding.pointer === '/id')).toBe(true);
    expect(report.omitted).toEqual([{ path, findings: omitted }]);
    const text = await runCli(['scan', path, '--format', 'text']);
    expect(text.stdout).toContain(`  … and ${omitted} more findings, not listed`);
    expect(text.stdout).toContain(`1 documents scanned: ${TOTAL} findings in 1 documents`);
    const sarif = JSON.parse((await runCli(['scan', path, '--format', 'sarif'])).stdout);
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications[0].level).toBe('warning');
    expect(invocation.toolExecutionNotifications[0].message.text).toMatch(new RegExp(`^${omitted} more findings in`));
    expect(sarif.runs[0].results).toHaveLength(MOST_FINDINGS_LISTED + 2);
  });

  it('validate counts the rest per document', async () => {
    const run = await runCli(['validate', path, '--format', 'json']);
    const [document] = JSON.parse(run.stdout).documents;
    expect(document.findings).toHaveLength(MOST_FINDINGS_LISTED + 2);
    expect(document.omittedFindings).toBe(omitted);
  });

  it('readiness counts every finding of the input, listed or not', async () => {
    const run = await runCli(['readiness', '--candidate', ws.candidate, '--now', NOW, '--evidence', ws.evidence]);
    expect(run.code).toBe(1);
    const readiness = JSON.parse(run.stdout);
    expect(readiness.inputs.map((input: { findings: number }) => input.findings)).toContain(TOTAL);
    expect(run.stderr).toMatch(/many\.json: invalid \(.*; and \d+ more\)/);
    rmSync(ws.dir, { recursive: true });
  });
});
