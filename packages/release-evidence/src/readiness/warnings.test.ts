import { describe, expect, it } from 'vitest';
import { problem } from '../problem/index.js';
import { DEFAULT_POLICY, effectivePolicy } from './effective-policy.js';
import { policyWarnings } from './warnings.js';

describe('policy-weakened', () => {
  it('is raised for a maxAge longer than its default, with the gate, and a clockSkew above PT5M, without', () => {
    const policy = effectivePolicy({ maxAge: { 'secret-rotation': 'P91D' }, clockSkew: 'PT5M1S' });
    expect(policyWarnings(policy)).toEqual([
      problem('policy-weakened', { key: 'maxAge', gate: 'secret-rotation', value: 'P91D', default: 'P90D' }),
      problem('policy-weakened', { key: 'clockSkew', value: 'PT5M1S', default: 'PT5M' }),
    ]);
  });

  it('compares durations by length, so P1D for a PT24H gate and a shorter max age are not weaker', () => {
    expect(policyWarnings(DEFAULT_POLICY)).toEqual([]);
    const policy = effectivePolicy({ maxAge: { 'staging-runtime': 'P1D', 'source-known': 'PT1H' }, clockSkew: 'PT1M' });
    expect(policyWarnings(policy)).toEqual([]);
  });
});
