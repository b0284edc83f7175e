import { describe, expect, test } from 'vitest';
import { issuesOf, NOW, samples, withField } from '../../../test/contract/helpers.js';
import { shiftMinutes } from '../../../test/samples/index.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('provider-canary-evidence', () => {
  test('runs add up', () => {
    expect(issuesOf(withField(s.canary, ['runs', 'timedOut'], 1))).toEqual(['runs-mismatch /runs']);
  });
  test('latencies are ordered', () => {
    expect(issuesOf(withField(s.canary, ['latencyMs', 'p50'], 2500))).toEqual(['latency-order /latencyMs']);
    expect(issuesOf(withField(s.canary, ['latencyMs', 'max'], 2399))).toEqual(['latency-order /latencyMs']);
  });
  test('the window is ordered and not in the future', () => {
    expect(issuesOf(withField(s.canary, ['window', 'startedAt'], later(-15)))).toEqual(['time-order /window']);
    expect(issuesOf(withField(s.canary, ['window', 'endedAt'], later(30)))).toEqual(['time-order /window/endedAt']);
  });
  test('the verdict equals the computed one', () => {
    expect(issuesOf(withField(s.canary, ['verdict'], 'fail'))).toEqual(['verdict-mismatch /verdict']);
    const few = withField(s.canary, ['thresholds', 'minRuns'], 51);
    expect(issuesOf(few)).toEqual(['verdict-mismatch /verdict']);
    expect(issuesOf(withField(few, ['verdict'], 'inconclusive'))).toEqual([]);
    const slow = withField(s.canary, ['thresholds', 'maxP95LatencyMs'], 2399);
    expect(issuesOf(withField(slow, ['verdict'], 'fail'))).toEqual([]);
  });
});
