import { describe, expect, test } from 'vitest';
import { issuesOf, samples, withField } from '../../../test/contract/helpers.js';

const s = samples();

describe('image-safety-canary-evidence', () => {
  test('blocked and allowed never exceed their totals', () => {
    expect(issuesOf(withField(s.imageSafety, ['samples', 'unsafeBlocked'], 41))).toEqual([
      'samples-mismatch /samples/unsafeBlocked',
    ]);
    expect(issuesOf(withField(s.imageSafety, ['samples', 'safeAllowed'], 61))).toEqual([
      'samples-mismatch /samples/safeAllowed',
    ]);
  });
  test('the verdict equals the computed one', () => {
    expect(issuesOf(withField(s.imageSafety, ['verdict'], 'inconclusive'))).toEqual(['verdict-mismatch /verdict']);
    const low = withField(s.imageSafety, ['samples', 'safeAllowed'], 50);
    expect(issuesOf(low)).toEqual(['verdict-mismatch /verdict']);
    expect(issuesOf(withField(low, ['verdict'], 'fail'))).toEqual([]);
  });
});
