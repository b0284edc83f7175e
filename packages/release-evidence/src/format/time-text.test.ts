import { describe, expect, it } from 'vitest';
import { isoInstant } from './time-text.js';

describe('isoInstant', () => {
  it('writes UTC, with milliseconds when there are some, and refuses instants Date cannot hold', () => {
    expect(isoInstant(Date.UTC(2026, 10, 25, 12))).toBe('2026-11-25T12:00:00Z');
    expect(isoInstant(Date.UTC(2026, 10, 25, 12, 0, 0, 5))).toBe('2026-11-25T12:00:00.005Z');
    expect(isoInstant(9e15)).toBeUndefined();
    expect(isoInstant(Number.NaN)).toBeUndefined();
  });
});
