import { describe, expect, it } from 'vitest';
import {
  addDeferral,
  baseline,
  docOf,
  dropGate,
  type EvidenceSet,
  evaluate,
  replaceDoc,
  shiftTimes,
} from '../../test/readiness/support.js';
import { buildPacket, diffReleases, type ReleaseCandidate, type ReleaseReadiness } from '../index.js';

async function readinessOf(mutate: (set: EvidenceSet) => void = () => {}): Promise<ReleaseReadiness> {
  const set = baseline();
  mutate(set);
  return (await evaluate(set)).readiness;
}

const codes = (diff: ReturnType<typeof diffReleases>, changeClass: string) =>
  diff.changes.filter((change) => change.class === changeClass).map((change) => [change.code, change.args]);

describe('diff', () => {
  it('finds nothing between identical documents', async () => {
    const diff = diffReleases(await readinessOf(), await readinessOf());
    expect(diff).toMatchObject({ changed: false, changes: [] });
  });

  it('verdict and gate status', async () => {
    const diff = diffReleases(await readinessOf(), await readinessOf((set) => dropGate(set, 'provider-canary')));
    expect(codes(diff, 'verdict')).toEqual([['verdict-changed', { from: 'ready', to: 'blocked' }]]);
    expect(codes(diff, 'gates')).toContainEqual([
      'gate-status-changed',
      { gate: 'provider-canary', from: 'pass', to: 'missing' },
    ]);
    expect(codes(diff, 'inputs').map(([code]) => code)).toEqual(['input-removed']);
  });

  it('evidence replaced and age changed', async () => {
    const older = await readinessOf();
    const newer = await readinessOf((set) => {
      const smoke = shiftTimes(docOf(set, 'staging-runtime'), 1);
      smoke.id = 'staging-smoke-2';
      replaceDoc(set, docOf(set, 'staging-runtime'), smoke);
    });
    const gates = codes(diffReleases(older, newer), 'gates');
    expect(gates.map(([code]) => code)).toEqual(['gate-evidence-replaced', 'gate-age-changed']);
    expect(gates[0]?.[1]).toMatchObject({ gate: 'staging-runtime', fromId: 'staging-smoke', toId: 'staging-smoke-2' });
    expect(gates[1]?.[1]).toEqual({
      gate: 'staging-runtime',
      fromAgeMs: 2 * 3_600_000,
      toAgeMs: 3_600_000,
      maxAge: 'PT24H',
    });
  });

  it('deferrals added, removed and expired', async () => {
    const withDeferrals = await readinessOf((set) => {
      addDeferral(set, 'image-safety', '2026-11-20T13:00:00Z', 'DEFER-1');
      addDeferral(set, 'provider-canary', '2026-12-20T00:00:00Z', 'DEFER-2');
    });
    const later = await readinessOf((set) => {
      set.now = '2026-11-20T14:00:00Z';
      addDeferral(set, 'image-safety', '2026-11-20T13:00:00Z', 'DEFER-1');
      addDeferral(set, 'source-known', '2026-12-20T00:00:00Z', 'DEFER-3');
    });
    expect(codes(diffReleases(withDeferrals, later), 'deferrals')).toEqual([
      ['deferral-expired', { id: 'DEFER-1', gate: 'image-safety', from: 'unused', to: 'expired' }],
      ['deferral-removed', { id: 'DEFER-2', gate: 'provider-canary', from: 'unused' }],
      ['deferral-added', { id: 'DEFER-3', gate: 'source-known', to: 'unused' }],
    ]);
  });

  it('policy changes, weakened ones first', async () => {
    const older = await readinessOf((set) => {
      set.policy = { maxAge: { 'image-safety': 'PT48H' }, requiredGates: ['production-cutover'] };
    });
    const newer = await readinessOf((set) => {
      set.policy = { maxAge: { 'source-known': 'P30D' }, clockSkew: 'PT10M' };
    });
    expect(codes(diffReleases(older, newer), 'policy')).toEqual([
      ['policy-weakened', { key: 'maxAge.source-known', from: 'P7D', to: 'P30D' }],
      ['policy-weakened', { key: 'maxAge.image-safety', from: 'PT48H', to: 'PT72H' }],
      ['policy-weakened', { key: 'clockSkew', from: 'PT5M', to: 'PT10M' }],
      ['policy-weakened', { key: 'requiredGates.production-cutover', from: 'required', to: 'optional' }],
    ]);
    const reversed = codes(diffReleases(newer, older), 'policy').map(([code]) => code);
    expect(reversed).toEqual(Array(4).fill('policy-strengthened'));
  });

  it('floors: a lower minimum or a removed floor is weaker, a higher one stronger', async () => {
    const older = await readinessOf();
    const withFloors = { ...older, policy: { ...older.policy, floors: { 'provider-canary': { minRuns: 10 } } } };
    const lower = { ...older, policy: { ...older.policy, floors: { 'provider-canary': { minRuns: 5 } } } };
    expect(codes(diffReleases(withFloors, lower), 'policy')).toEqual([
      ['policy-weakened', { key: 'floors.provider-canary.minRuns', from: '10', to: '5' }],
    ]);
    expect(codes(diffReleases(older, withFloors), 'policy')[0]?.[0]).toBe('policy-strengthened');
    expect(codes(diffReleases(withFloors, older), 'policy')[0]?.[0]).toBe('policy-weakened');
  });

  it('inputs added and removed, matched by digest; packets compare through their readiness', async () => {
    const set = baseline();
    const packetOf = async (documents: unknown[]) =>
      (
        await buildPacket({
          candidate: set.candidate as ReleaseCandidate,
          documents: documents.map((value) => ({ value })),
          now: set.now,
        })
      ).packet;
    const before = await packetOf(set.documents);
    const extra = { ...structuredClone(docOf(set, 'source-known')), id: 'source-ci-rerun' };
    const after = await packetOf([...set.documents.slice(1), extra]);
    const inputs = codes(diffReleases(before, after), 'inputs');
    expect(inputs.map(([code, args]) => [code, (args as { id: string }).id])).toEqual([
      ['input-added', 'source-ci-rerun'],
      ['input-removed', set.documents[0]?.id],
    ]);
    expect(diffReleases(before, after).from.kind).toBe('release-packet');
  });

  it('subject changes are listed first', async () => {
    const older = await readinessOf();
    const newer = { ...older, subject: { ...older.subject, commitSha: 'f'.repeat(40) } };
    expect(diffReleases(older, newer).changes[0]).toMatchObject({ class: 'subject', code: 'subject-changed' });
  });

  it('a verdict for other origins or another milestone is a change, not "nothing changed" (exit 0)', async () => {
    const older = await readinessOf();
    const first = older.origins[0] as ReleaseReadiness['origins'][number];
    const moved = {
      ...older,
      origins: [{ ...first, url: 'https://elsewhere.example.com' }, ...older.origins.slice(1)],
    };
    const other = { ...older, milestone: { id: 'another-milestone' } };
    expect(codes(diffReleases(older, moved), 'subject')).toEqual([
      [
        'subject-changed',
        { field: `origin ${first.environment}`, from: first.url, to: 'https://elsewhere.example.com' },
      ],
    ]);
    expect(codes(diffReleases(older, other), 'subject')).toEqual([
      ['subject-changed', { field: 'milestone', from: older.milestone.id, to: 'another-milestone' }],
    ]);
  });
});
