import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate production-resources', () => {
  it('passes when every expected resource is listed and ready, aged from each checkedAt', () => {
    const run = runGate('production-resources');
    expect(run.failures).toEqual([]);
    expect(run.ageFrom).toEqual(Array(4).fill('2026-11-20T10:50:00Z'));
  });

  it('names an expected resource that is not listed', () => {
    const run = runGate('production-resources', () => {}, {
      candidate: (candidate) => candidate.expectedResources.push({ type: 'kv', label: 'sessions' }),
    });
    expect(run.failures).toEqual([problem('resource-not-listed', { type: 'kv', label: 'sessions' }, '/resources')]);
  });

  it.each(['missing', 'drifted', 'pending'])('fails a listed resource that is %s, expected or not', (status) => {
    const run = runGate('production-resources', (doc) => {
      doc.resources[3].status = status;
    });
    expect(run.failures).toEqual([
      problem(`resource-${status}` as 'resource-missing', { type: 'worker', label: 'web' }, '/resources/3/status'),
    ]);
  });

  it('fails an inventory for staging, next to its other reasons', () => {
    const run = runGate('production-resources', (doc) => {
      doc.environment = 'staging';
      doc.resources[0].status = 'pending';
    });
    expect(codesOf(run)).toEqual(['wrong-environment', 'resource-pending']);
  });
});
