import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkUnique } from '../../src/contract/rules.js';
import { issuesOf, samples, withField } from './helpers.js';

const s = samples();

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
