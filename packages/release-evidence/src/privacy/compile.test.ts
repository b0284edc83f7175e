import { describe, expect, it } from 'vitest';
import { patternFacts } from './compile.js';

describe('patternFacts', () => {
  it('reads the shortest match and the marker characters every match holds', () => {
    expect(patternFacts(/ab[0-9]{3}:x?/)).toEqual({ minLength: 6, needs: expect.objectContaining({ chars: ':' }) });
  });

  it('counts a lookaround and a backreference as nothing, so their text is never required', () => {
    const backreferenced = patternFacts(/-u:(?=(?<secret>[a-z]{6,20}))\k<secret>(?=\s|$)/);
    expect(backreferenced.minLength).toBe(3);
    expect(backreferenced.needs.chars ?? '').not.toMatch(/[k<>]/);
    expect(patternFacts(/(a+)b\1/).minLength).toBe(2);
  });
});
