import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templatePath } from '../../adapters/shared/paths.js';
import { releaseEvidence } from '../../scripts/release-evidence-cli.js';

/** Exact verdicts come from committed evidence and a pinned `now`, never from the clock. */
const recorded = templatePath('fixtures', 'recorded');
const { now } = JSON.parse(readFileSync(join(recorded, 'now.json'), 'utf8')) as { now: string };
const candidate = join(recorded, 'release-candidate.json');
const scratch = mkdtempSync(join(tmpdir(), 'ai-media-recorded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function readiness(evidence: string, at: string): { status: number; verdict: string; gates: Record<string, string> } {
  const result = releaseEvidence([
    'readiness',
    '--candidate',
    candidate,
    '--evidence',
    evidence,
    '--now',
    at,
    '--format',
    'json',
  ]);
  const parsed = JSON.parse(result.stdout) as { verdict: string; gates: { gate: string; status: string }[] };
  return {
    status: result.status,
    verdict: parsed.verdict,
    gates: Object.fromEntries(parsed.gates.map((gate) => [gate.gate, gate.status])),
  };
}

const plusHours = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

describe('recorded template evidence against the package', () => {
  it('is ready at the pinned time, with the recorded operator decisions', () => {
    const result = readiness(join(recorded, 'evidence'), now);
    expect(result).toMatchObject({ status: 0, verdict: 'ready' });
  });

  it('awaits the operator without the intake document', () => {
    const evidence = join(scratch, 'without-operator');
    cpSync(join(recorded, 'evidence'), evidence, { recursive: true });
    rmSync(join(evidence, 'operator-approval.json'));
    const result = readiness(evidence, now);
    expect(result).toMatchObject({ status: 1, verdict: 'awaiting-operator' });
    expect(result.gates['operator-approval']).toBe('missing');
  });

  it('blocks once the staging smoke is older than a day, and the approvals have expired', () => {
    const result = readiness(join(recorded, 'evidence'), plusHours(now, 25));
    expect(result.verdict).toBe('blocked');
    expect(result.gates['staging-runtime']).toBe('stale');
    expect(result.gates['operator-approval']).not.toBe('pass');
  });

  it('validates and privacy-scans every recorded document', () => {
    const validate = releaseEvidence(['validate', candidate, join(recorded, 'evidence'), '--format', 'json']);
    expect(validate.status).toBe(0);
    expect((JSON.parse(validate.stdout) as { documents: unknown[] }).documents).toHaveLength(8);
    expect(releaseEvidence(['scan', candidate, join(recorded, 'evidence')]).status).toBe(0);
  });

  it('builds the same packet bytes twice', () => {
    const build = (name: string) => {
      const out = join(scratch, name);
      const result = releaseEvidence([
        'packet',
        '--candidate',
        candidate,
        '--evidence',
        join(recorded, 'evidence'),
        '--now',
        now,
        '--out',
        out,
      ]);
      expect(result.status).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(build('first.json')).toBe(build('second.json'));
  });
});
