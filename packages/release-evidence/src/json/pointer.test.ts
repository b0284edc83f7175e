import { describe, expect, it } from 'vitest';
import { escapePointerSegment, toPointer } from './pointer.js';
import type { PathSegment } from './tokenize.js';

describe('toPointer', () => {
  it('escapes ~ and / (RFC 6901), writes indices as numbers, and redacts the segments asked', () => {
    expect(toPointer(['a/b', 0, '~x', 'hide'], (segment) => segment === 'hide')).toBe('/a~1b/0/~0x/~redacted');
    expect(toPointer([])).toBe('');
  });

  it('reads any other segment an untyped caller passes as text, never throwing', () => {
    const odd = [true, null, { toString: () => 'x/y' }] as unknown as PathSegment[];
    expect(toPointer(odd)).toBe('/true/null/x~1y');
    expect(escapePointerSegment(7)).toBe('7');
  });
});
