import { describe, expect, it } from 'vitest';
import { isRecord } from './record.js';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect([{}, { a: 1 }, Object.create(null)].every(isRecord)).toBe(true);
    expect([null, [], 'x', 1, true, undefined].some(isRecord)).toBe(false);
  });
});
