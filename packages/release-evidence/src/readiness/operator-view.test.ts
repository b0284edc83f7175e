import { describe, expect, it } from 'vitest';
import { addDeferral, baseline, docOf, dropGate, evaluate } from '../../test/readiness/support.js';

describe('warnings and traffic', () => {
  it('raises deferral-expiring within 7 days, not beyond', async () => {
    const set = baseline();
    dropGate(set, 'image-safety');
    addDeferral(set, 'image-safety', '2026-11-27T12:00:00Z', 'DEFER-1');
    addDeferral(set, 'provider-canary', '2026-11-27T12:00:01Z', 'DEFER-2');
    const { readiness } = await evaluate(set);
    expect(readiness.warnings?.map((entry) => [entry.code, entry.gate])).toEqual([
      ['deferral-expiring', 'image-safety'],
    ]);
  });

  it('states the approved traffic percent while operator-approval passes', async () => {
    const set = baseline();
    const traffic = docOf(set, 'operator-approval').approvals.find(
      (entry: { scope: string }) => entry.scope === 'traffic',
    );
    traffic.trafficPercent = 25;
    expect((await evaluate(set)).readiness.approvedTrafficPercent).toBe(25);
    dropGate(set, 'operator-approval');
    expect((await evaluate(set)).readiness.approvedTrafficPercent).toBeUndefined();
  });
});
