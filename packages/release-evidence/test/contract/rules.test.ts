import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkUnique } from '../../src/contract/rules.js';
import { shiftMinutes } from '../samples/index.js';
import { issuesOf, NOW, samples, withField } from './helpers.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('release-status', () => {
  test('origin is required for staging and production, and unexpected for source', () => {
    expect(issuesOf(withField(s.staging, ['origin'], undefined))).toEqual(['origin-required /origin']);
    expect(issuesOf(withField(s.production, ['origin'], undefined))).toEqual(['origin-required /origin']);
    expect(issuesOf(withField(s.source, ['origin'], s.staging.origin))).toEqual(['origin-unexpected /origin']);
    expect(issuesOf(withField(s.source, ['deployment'], s.staging.deployment))).toEqual([
      'origin-unexpected /deployment',
    ]);
  });
  test('the origin environment equals the stage', () => {
    expect(issuesOf(withField(s.staging, ['origin', 'environment'], 'production'))).toEqual([
      'origin-environment /origin/environment',
    ]);
  });
  test('check names are unique', () => {
    expect(issuesOf(withField(s.source, ['checks', 2, 'name'], 'build'))).toEqual(['duplicate-entry /checks/2']);
  });
  test('repeats are found in long lists too, each one at its own entry', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'b', 'j', 'a', 'b'];
    const checks = names.map((name) => ({ name, status: 'skipped' }));
    const doc = { ...s.source, checks, summary: { passed: 0, failed: 0, skipped: names.length } };
    expect(issuesOf(doc)).toEqual([
      'duplicate-entry /checks/11',
      'duplicate-entry /checks/12',
      'duplicate-entry /checks/9',
    ]);
  });
  test('summary equals the counts, field by field', () => {
    expect(issuesOf(withField(s.source, ['summary', 'passed'], 3))).toEqual(['summary-mismatch /summary/passed']);
    // The conclusion follows the checks, not the summary, so only the summary is wrong here.
    expect(issuesOf(withField(s.source, ['summary'], { passed: 2, failed: 1, skipped: 0 }))).toEqual([
      'summary-mismatch /summary/failed',
      'summary-mismatch /summary/skipped',
    ]);
  });
  test('conclusion is failure exactly when a check failed', () => {
    expect(issuesOf(withField(s.source, ['conclusion'], 'failure'))).toEqual(['conclusion-mismatch /conclusion']);
    const failed = withField(withField(s.source, ['checks', 0, 'status'], 'failed'), ['summary'], {
      passed: 1,
      failed: 1,
      skipped: 1,
    });
    expect(issuesOf(failed)).toEqual(['conclusion-mismatch /conclusion']);
    expect(issuesOf(withField(failed, ['conclusion'], 'failure'))).toEqual([]);
  });
  test('deployedAt is not after generatedAt plus the clock skew', () => {
    // generatedAt is NOW-10m; the default skew is 5 minutes.
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-6)))).toEqual([]);
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-4)))).toEqual([
      'time-order /deployment/deployedAt',
    ]);
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-4)), { clockSkewMs: 600_000 })).toEqual(
      [],
    );
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-9)), { clockSkewMs: 0 })).toEqual([
      'time-order /deployment/deployedAt',
    ]);
  });
  test('time order compares instants, not strings', () => {
    // 12:55+01:00 is 11:55Z: five minutes before generatedAt (11:50Z) plus skew, so in order.
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], '2026-11-25T12:55:00+01:00'))).toEqual([]);
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], '2026-11-25T12:55:01+01:00'))).toEqual([
      'time-order /deployment/deployedAt',
    ]);
  });
});

describe('secret-rotation-receipt', () => {
  test('(name, store) pairs are unique', () => {
    const doc = withField(s.rotation, ['secrets', 1], { ...s.rotation.secrets[0] });
    expect(issuesOf(doc)).toEqual(['duplicate-entry /secrets/1']);
    const otherStore = withField(doc, ['secrets', 1, 'store'], 'secrets-store');
    expect(issuesOf(otherStore)).toEqual([]);
  });
  test('after is later than before', () => {
    const before = s.rotation.secrets[0]?.before?.updatedAt;
    expect(issuesOf(withField(s.rotation, ['secrets', 0, 'after', 'updatedAt'], before))).toEqual([
      'not-rotated /secrets/0/after/updatedAt',
    ]);
    expect(issuesOf(withField(s.rotation, ['secrets', 0, 'before'], { updatedAt: later(-15) }))).toEqual([
      'not-rotated /secrets/0/after/updatedAt',
    ]);
  });
  test('preflight status follows the secrets', () => {
    expect(issuesOf(withField(s.rotation, ['secrets', 1, 'preflight'], 'failed'))).toEqual([
      'preflight-mismatch /preflight/status',
    ]);
    expect(issuesOf(withField(s.rotation, ['secrets', 1, 'preflight'], 'skipped'))).toEqual([]);
    expect(issuesOf(withField(s.rotation, ['preflight', 'status'], 'failed'))).toEqual([
      'preflight-mismatch /preflight/status',
    ]);
  });
  test('updatedAt and checkedAt are not in the future of generatedAt', () => {
    expect(issuesOf(withField(s.rotation, ['secrets', 1, 'after', 'updatedAt'], later(10)))).toEqual([
      'time-order /secrets/1/after/updatedAt',
    ]);
    expect(issuesOf(withField(s.rotation, ['preflight', 'checkedAt'], later(10)))).toEqual([
      'time-order /preflight/checkedAt',
    ]);
  });
});

describe('production-resource-ready', () => {
  test('(type, label) pairs are unique', () => {
    expect(issuesOf(withField(s.resources, ['resources', 2, 'label'], 'primary-db'))).toEqual([]);
    expect(issuesOf(withField(s.resources, ['resources', 2, 'type'], 'd1'))).toEqual([]);
    const dup = withField(
      withField(s.resources, ['resources', 2, 'type'], 'd1'),
      ['resources', 2, 'label'],
      'primary-db',
    );
    expect(issuesOf(dup)).toEqual(['duplicate-entry /resources/2']);
  });
  test('checkedAt is not in the future', () => {
    expect(issuesOf(withField(s.resources, ['resources', 1, 'checkedAt'], later(30)))).toEqual([
      'time-order /resources/1/checkedAt',
    ]);
  });
});

describe('operator-assisted-production', () => {
  test('decidedAt is required unless pending', () => {
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'decidedAt'], undefined))).toEqual([
      'missing-decision-time /approvals/0/decidedAt',
    ]);
    const pending = withField(s.approval, ['approvals', 0, 'decision'], 'pending');
    expect(issuesOf(withField(pending, ['approvals', 0, 'decidedAt'], undefined))).toEqual([]);
  });
  test('expiresAt is later than decidedAt', () => {
    const decidedAt = s.approval.approvals[0]?.decidedAt;
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'expiresAt'], decidedAt))).toEqual([
      'expiry-before-decision /approvals/0/expiresAt',
    ]);
  });
  test('trafficPercent is present exactly for traffic scope', () => {
    expect(issuesOf(withField(s.approval, ['approvals', 1, 'trafficPercent'], undefined))).toEqual([
      'traffic-percent /approvals/1/trafficPercent',
    ]);
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'trafficPercent'], 50))).toEqual([
      'traffic-percent /approvals/0/trafficPercent',
    ]);
  });
  test('decidedAt is not in the future; environment is production', () => {
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'decidedAt'], later(20)))).toEqual([
      'time-order /approvals/0/decidedAt',
    ]);
    expect(issuesOf(withField(s.approval, ['environment'], 'staging'))).toEqual(['invalid-value /environment']);
  });
});

describe('provider-canary-evidence', () => {
  test('runs add up', () => {
    expect(issuesOf(withField(s.canary, ['runs', 'timedOut'], 1))).toEqual(['runs-mismatch /runs']);
  });
  test('latencies are ordered', () => {
    expect(issuesOf(withField(s.canary, ['latencyMs', 'p50'], 2500))).toEqual(['latency-order /latencyMs']);
    expect(issuesOf(withField(s.canary, ['latencyMs', 'max'], 2399))).toEqual(['latency-order /latencyMs']);
  });
  test('the window is ordered and not in the future', () => {
    expect(issuesOf(withField(s.canary, ['window', 'startedAt'], later(-15)))).toEqual(['time-order /window']);
    expect(issuesOf(withField(s.canary, ['window', 'endedAt'], later(30)))).toEqual(['time-order /window/endedAt']);
  });
  test('the verdict equals the computed one', () => {
    expect(issuesOf(withField(s.canary, ['verdict'], 'fail'))).toEqual(['verdict-mismatch /verdict']);
    const few = withField(s.canary, ['thresholds', 'minRuns'], 51);
    expect(issuesOf(few)).toEqual(['verdict-mismatch /verdict']);
    expect(issuesOf(withField(few, ['verdict'], 'inconclusive'))).toEqual([]);
    const slow = withField(s.canary, ['thresholds', 'maxP95LatencyMs'], 2399);
    expect(issuesOf(withField(slow, ['verdict'], 'fail'))).toEqual([]);
  });
});

describe('image-safety-canary-evidence', () => {
  test('blocked and allowed never exceed their totals', () => {
    expect(issuesOf(withField(s.imageSafety, ['samples', 'unsafeBlocked'], 41))).toEqual([
      'samples-mismatch /samples/unsafeBlocked',
    ]);
    expect(issuesOf(withField(s.imageSafety, ['samples', 'safeAllowed'], 61))).toEqual([
      'samples-mismatch /samples/safeAllowed',
    ]);
  });
  test('the verdict equals the computed one', () => {
    expect(issuesOf(withField(s.imageSafety, ['verdict'], 'inconclusive'))).toEqual(['verdict-mismatch /verdict']);
    const low = withField(s.imageSafety, ['samples', 'safeAllowed'], 50);
    expect(issuesOf(low)).toEqual(['verdict-mismatch /verdict']);
    expect(issuesOf(withField(low, ['verdict'], 'fail'))).toEqual([]);
  });
});

describe('release-candidate and policy', () => {
  test('exactly one staging and one production origin', () => {
    expect(issuesOf(withField(s.candidate, ['origins', 1], s.candidate.origins[0]))).toEqual([
      'duplicate-entry /origins/1',
    ]);
    expect(issuesOf(withField(s.candidate, ['origins'], [s.candidate.origins[0]]))).toEqual([
      'invalid-length /origins',
    ]);
  });
  test('deferral ids are unique; gates are not checked here', () => {
    const deferral = { id: 'DEFER-1', gate: 'not-a-gate', reference: 'ops/deferrals#1', expiresAt: later(60) };
    expect(issuesOf(withField(s.candidate, ['acceptedDeferrals'], [deferral]))).toEqual([]);
    expect(issuesOf(withField(s.candidate, ['acceptedDeferrals'], [deferral, { ...deferral }]))).toEqual([
      'duplicate-entry /acceptedDeferrals/1',
    ]);
  });
  test('unknown gates in the policy', () => {
    const policy = { maxAge: { 'image-safety': 'PT1H', 'made-up': 'PT1H' }, requiredGates: ['source-known', 'other'] };
    expect(issuesOf(withField(s.candidate, ['policy'], policy))).toEqual([
      'unknown-gate /policy/maxAge/made-up',
      'unknown-gate /policy/requiredGates/1',
    ]);
  });
});

describe('nested documents', () => {
  test('rules of documents inside a fixture and a packet run with nested pointers', () => {
    expect(issuesOf(withField(s.fixture, ['artifacts', 5, 'document', 'verdict'], 'fail'))).toEqual([
      'verdict-mismatch /artifacts/5/document/verdict',
    ]);
    expect(issuesOf(withField(s.fixture, ['release', 'origins', 1], s.candidate.origins[0]))).toEqual([
      'duplicate-entry /release/origins/1',
    ]);
    expect(issuesOf(withField(s.packet, ['candidate', 'origins', 1], s.candidate.origins[0]))).toEqual([
      'duplicate-entry /candidate/origins/1',
    ]);
    expect(issuesOf(withField(s.fixture, ['boundary', 'core', 1], 'schema-validation'))).toEqual([
      'duplicate-entry /boundary/core/1',
    ]);
  });
  test('a nested shape error is reported, and its rules wait for a valid shape', () => {
    expect(issuesOf(withField(s.fixture, ['artifacts', 0, 'document', 'kind'], 'release-candidate'))).toEqual([
      'unknown-kind /artifacts/0/document/kind',
    ]);
    expect(issuesOf(withField(s.fixture, ['artifacts', 0, 'document', 'kind'], undefined))).toEqual([
      'required /artifacts/0/document/kind',
    ]);
    expect(issuesOf(withField(s.fixture, ['artifacts', 0, 'document'], 'text'))).toEqual([
      'invalid-type /artifacts/0/document',
    ]);
    expect(issuesOf(withField(s.fixture, ['artifacts', 0, 'document', 'stage'], 'nope'))).toEqual([
      'invalid-value /artifacts/0/document/stage',
    ]);
  });
  test('readiness gates are unique', () => {
    expect(issuesOf(withField(s.readiness, ['gates', 1], s.readiness.gates[0]))).toEqual(['duplicate-entry /gates/1']);
  });
});

describe('checkUnique', () => {
  test('reports each entry whose key repeats an earlier one, with or without `same`, in short lists and long', () => {
    const pair = fc.record({ a: fc.constantFrom('x', 'y', 'xy'), b: fc.constantFrom('', 'y', 'z') });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (items) => {
        const reported = (same?: (p: (typeof items)[number], q: (typeof items)[number]) => boolean) => {
          const paths: unknown[] = [];
          const context = { skewMs: 0, report: (_: unknown, path: unknown) => paths.push(path), nested() {} };
          checkUnique(context, items, (item) => `${item.a}\u0000${item.b}`, ['list'], same);
          return paths;
        };
        const keys = items.map((item) => `${item.a}\u0000${item.b}`);
        const repeats = keys.flatMap((key, index) => (keys.indexOf(key) < index ? [['list', index]] : []));
        expect(reported((p, q) => p.a === q.a && p.b === q.b)).toEqual(repeats);
        expect(reported()).toEqual(repeats);
      }),
    );
  });
});

describe('time rules compare at full precision (§6)', () => {
  // Sample evidence is generated at NOW-10m = 11:50:00Z; the default skew is 5 minutes.
  test('an observation one microsecond after generatedAt + skew is time-order, in any offset', () => {
    const deployedAt = (value: string) => issuesOf(withField(s.staging, ['deployment', 'deployedAt'], value));
    expect(deployedAt('2026-11-25T11:55:00.000000Z')).toEqual([]);
    expect(deployedAt('2026-11-25T11:55:00.000001Z')).toEqual(['time-order /deployment/deployedAt']);
    expect(deployedAt('2026-11-25T12:55:00.000001+01:00')).toEqual(['time-order /deployment/deployedAt']);
  });
  test('a window that starts 800 µs after it ends, in the same millisecond, is time-order', () => {
    const window = { startedAt: '2026-11-25T11:40:00.000900Z', endedAt: '2026-11-25T11:40:00.000100Z' };
    expect(issuesOf(withField(s.canary, ['window'], window))).toEqual(['time-order /window']);
  });
  test('a rotation 800 µs after the previous one, in the same millisecond, is rotated', () => {
    const rotated = (before: string, after: string) =>
      issuesOf(
        withField(withField(s.rotation, ['secrets', 1, 'before'], { updatedAt: before }), ['secrets', 1, 'after'], {
          updatedAt: after,
        }),
      );
    expect(rotated('2026-11-25T11:40:00.000100Z', '2026-11-25T11:40:00.000900Z')).toEqual([]);
    expect(rotated('2026-11-25T11:40:00.000900Z', '2026-11-25T11:40:00.000100Z')).toEqual([
      'not-rotated /secrets/1/after/updatedAt',
    ]);
  });
  test('an approval expiring 800 µs after its decision, in the same millisecond, expires after it', () => {
    const decided = withField(s.approval, ['approvals', 0, 'decidedAt'], '2026-11-25T11:40:00.000100Z');
    expect(issuesOf(withField(decided, ['approvals', 0, 'expiresAt'], '2026-11-25T11:40:00.000900Z'))).toEqual([]);
    expect(issuesOf(withField(decided, ['approvals', 0, 'expiresAt'], '2026-11-25T11:40:00.0001Z'))).toEqual([
      'expiry-before-decision /approvals/0/expiresAt',
    ]);
  });
});
