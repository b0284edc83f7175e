import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';
import { digestOf } from './digest.js';

/** Rebuilds a JSON value with every object's members in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reversed(member)]),
  );
}

describe('canonicalJson', () => {
  it('sorts members by UTF-16 code units and writes numbers the ECMAScript way (RFC 8785 §3.2)', () => {
    const value = { '\u20ac': 'Euro', '\r': 'CR', '1': 'one', '\u00f6': 'o', b: [1e21, 1e-7, -0, 333333333.3333333] };
    expect(canonicalJson(value)).toBe('{"\\r":"CR","1":"one","b":[1e+21,1e-7,0,333333333.3333333],"ö":"o","€":"Euro"}');
  });

  it('does not depend on member order, so reformatting a file keeps its digest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(canonicalJson(reversed(value))).toBe(canonicalJson(value));
        expect(await digestOf(JSON.parse(JSON.stringify(value, null, 3)))).toBe(await digestOf(value));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on lone surrogates, which I-JSON forbids anyway', () => {
    expect(canonicalJson({ '\ud800': '\udc00x' })).toBe('{"\ufffd":"\ufffdx"}');
  });

  it('gives the SHA-256 of the canonical text as sha256:<hex>', async () => {
    // SHA-256 of the three bytes "{}" plus nothing else: a fixed, well-known vector for the empty object.
    expect(await digestOf({})).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
