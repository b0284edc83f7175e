import { describe, expect, it } from 'vitest';
import { humanDuration, isoInstant } from './time-text.js';

describe('humanDuration', () => {
  it('shows the two largest units and drops a zero second unit', () => {
    expect(humanDuration(0)).toBe('0s');
    expect(humanDuration(999)).toBe('0s');
    expect(humanDuration(45_000)).toBe('45s');
    expect(humanDuration(3 * 3_600_000 + 12 * 60_000 + 5000)).toBe('3h 12m');
    expect(humanDuration(2 * 86_400_000 + 4 * 3_600_000)).toBe('2d 4h');
    expect(humanDuration(86_400_000 + 30_000)).toBe('1d');
    expect(humanDuration(-90_000)).toBe('1m 30s');
  });
});

describe('isoInstant', () => {
  it('writes UTC, with milliseconds when there are some, and refuses instants Date cannot hold', () => {
    expect(isoInstant(Date.UTC(2026, 10, 25, 12))).toBe('2026-11-25T12:00:00Z');
    expect(isoInstant(Date.UTC(2026, 10, 25, 12, 0, 0, 5))).toBe('2026-11-25T12:00:00.005Z');
    expect(isoInstant(9e15)).toBeUndefined();
    expect(isoInstant(Number.NaN)).toBeUndefined();
  });
});
