import { describe, expect, it } from 'vitest';
import { toLabel } from '../../adapters/shared/labels.js';
import { durationMs, isLabel, isReference } from '../../adapters/shared/scalars.js';

describe('scalars', () => {
  it('checks labels and references like contract v1', () => {
    expect(isLabel('release-manager')).toBe(true);
    expect(isLabel('Release')).toBe(false);
    expect(isLabel('-x')).toBe(false);
    expect(isReference('ops-review/2026-11-cutover#traffic')).toBe(true);
    expect(isReference('ops review')).toBe(false);
    expect(isReference('')).toBe(false);
  });
  it('parses day/hour/minute/second durations only', () => {
    expect(durationMs('PT24H')).toBe(86_400_000);
    expect(durationMs('P2DT1M')).toBe(172_860_000);
    expect(durationMs('P1M')).toBeUndefined();
    expect(durationMs('P')).toBeUndefined();
    expect(durationMs('PT')).toBeUndefined();
  });
  it('turns paths into labels', () => {
    expect(toLabel('test/Unit/Image Safety')).toBe('test-unit-image-safety');
    expect(toLabel('---')).toBe('unnamed');
    expect(toLabel('a'.repeat(300))).toHaveLength(128);
  });
});
