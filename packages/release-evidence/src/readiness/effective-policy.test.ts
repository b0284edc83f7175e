import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, effectivePolicy } from './effective-policy.js';

describe('effectivePolicy', () => {
  it('starts from the §6 defaults', () => {
    expect(effectivePolicy()).toEqual({
      maxAge: {
        'source-known': 'P7D',
        'staging-runtime': 'PT24H',
        'secret-rotation': 'P90D',
        'production-resources': 'PT24H',
        'operator-approval': 'P7D',
        'provider-canary': 'PT24H',
        'image-safety': 'PT72H',
        'production-cutover': 'PT24H',
      },
      clockSkew: 'PT5M',
      requiredGates: [
        'source-known',
        'staging-runtime',
        'secret-rotation',
        'production-resources',
        'operator-approval',
        'provider-canary',
        'image-safety',
      ],
      floors: {},
    });
    expect(effectivePolicy()).toEqual(DEFAULT_POLICY);
  });

  it('applies the candidate, then the override, key by key', () => {
    const policy = effectivePolicy(
      { maxAge: { 'source-known': 'P1D', 'image-safety': 'PT1H' }, clockSkew: 'PT1M' },
      { maxAge: { 'image-safety': 'PT2H' } },
    );
    expect(policy.maxAge['source-known']).toBe('P1D');
    expect(policy.maxAge['image-safety']).toBe('PT2H');
    expect(policy.maxAge['staging-runtime']).toBe('PT24H');
    expect(policy.clockSkew).toBe('PT1M');
  });

  it('merges floors threshold by threshold, the override winning, in the contract order', () => {
    const policy = effectivePolicy(
      { floors: { 'provider-canary': { maxP95LatencyMs: 2000, minRuns: 10 } } },
      { floors: { 'provider-canary': { minRuns: 20 }, 'image-safety': { minSafeAllowedRate: 0.9 } } },
    );
    expect(policy.floors).toEqual({
      'provider-canary': { minRuns: 20, maxP95LatencyMs: 2000 },
      'image-safety': { minSafeAllowedRate: 0.9 },
    });
    expect(Object.keys(policy.floors['provider-canary'] ?? {})).toEqual(['minRuns', 'maxP95LatencyMs']);
    expect(effectivePolicy({ floors: { 'image-safety': {} } }).floors).toEqual({});
  });

  it('only adds required gates, in gate order, and always requires operator approval', () => {
    const policy = effectivePolicy({ requiredGates: ['production-cutover'] }, { requiredGates: ['source-known'] });
    expect(policy.requiredGates.at(-1)).toBe('production-cutover');
    expect(policy.requiredGates).toContain('operator-approval');
    expect(policy.requiredGates).toHaveLength(8);
  });

  it('ignores gate ids it does not know rather than trusting them', () => {
    const policy = effectivePolicy({ requiredGates: ['no-such-gate'], maxAge: { 'no-such-gate': 'P1D' } } as never);
    expect(policy).toEqual(DEFAULT_POLICY);
  });
});
