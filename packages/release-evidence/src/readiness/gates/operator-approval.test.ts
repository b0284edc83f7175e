import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

const ID = 'production-approval';

describe('gate operator-approval', () => {
  it('passes approved, unexpired decisions for both scopes, aged from the decisions used', () => {
    expect(runGate('operator-approval')).toEqual({
      failures: [],
      ageFrom: ['2026-11-20T11:10:00Z', '2026-11-20T11:20:00Z'],
    });
  });

  it('fails a scope with no decided approval, and then ages from the decisions it has', () => {
    const run = runGate('operator-approval', (doc) => {
      doc.approvals = [doc.approvals[1]];
    });
    expect(run.failures).toEqual([problem('approval-missing', { id: ID, scope: 'resources' }, '/approvals')]);
    expect(run.ageFrom).toEqual(['2026-11-20T11:20:00Z']);
  });

  it('uses the newest decision: a later rejection overrides the approval, and an older one is never used', () => {
    const rejected = runGate('operator-approval', (doc) => {
      doc.approvals.push({ ...doc.approvals[1], decision: 'rejected', decidedAt: '2026-11-20T11:25:00Z' });
    });
    expect(rejected.failures).toEqual([problem('approval-rejected', { id: ID, scope: 'traffic' }, '/approvals')]);
    const older = runGate('operator-approval', (doc) => {
      doc.approvals.push({ ...doc.approvals[1], decision: 'rejected', decidedAt: '2026-11-19T11:25:00Z' });
    });
    expect(older).toEqual(runGate('operator-approval'));
  });

  it('fails an approval that expired at or before now', () => {
    const run = runGate('operator-approval', () => {}, { now: '2026-11-27T11:20:00Z' });
    expect(codesOf(run)).toEqual(['approval-expired', 'approval-expired']);
  });

  it('fails a traffic approval for 0 percent', () => {
    const run = runGate('operator-approval', (doc) => {
      doc.approvals[1].trafficPercent = 0;
    });
    expect(run.failures).toEqual([problem('traffic-zero', { id: ID }, '/approvals')]);
  });

  it('ignores pending decisions', () => {
    const run = runGate('operator-approval', (doc) => {
      doc.approvals.push({ ...doc.approvals[0], decision: 'pending', decidedAt: undefined, expiresAt: undefined });
    });
    expect(codesOf(run)).toEqual([]);
  });
});
