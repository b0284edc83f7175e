import { describe, expect, test } from 'vitest';
import {
  classOf,
  computeCanaryVerdict,
  computeImageSafetyVerdict,
  EVIDENCE_KINDS,
  GATE_IDS,
  gateOf,
  normalizeOrigin,
  originsEqual,
  parseDuration,
  parseTimestamp,
  validatePolicy,
} from '../../src/contract/index.js';
import { samples } from './helpers.js';

const s = samples();

describe('parseTimestamp', () => {
  test('returns the instant in epoch milliseconds', () => {
    expect(parseTimestamp('2026-11-25T12:00:00Z')).toBe(Date.UTC(2026, 10, 25, 12));
    expect(parseTimestamp('2026-11-25T13:30:00+01:30')).toBe(Date.UTC(2026, 10, 25, 12));
    expect(parseTimestamp('2026-11-25T10:00:00.9999-02:00')).toBe(Date.UTC(2026, 10, 25, 12, 0, 0, 999));
    expect(parseTimestamp('0001-01-01T00:00:00Z')).toBe(-62_135_596_800_000);
    expect(parseTimestamp('2016-12-31T23:59:60Z')).toBe(Date.UTC(2017, 0, 1));
    expect(parseTimestamp('2026-11-25T12:00:00.5Z')).toBe(Date.UTC(2026, 10, 25, 12, 0, 0, 500));
    expect(parseTimestamp('2026-11-25T12:00:00.05+00:00')).toBe(Date.UTC(2026, 10, 25, 12, 0, 0, 50));
  });
  test('returns NaN for anything else', () => {
    for (const value of ['2026-02-30T00:00:00Z', '2026-11-25', 'now', '', '2026-11-25T12:00:00']) {
      expect(parseTimestamp(value)).toBeNaN();
    }
  });
});

describe('parseDuration', () => {
  test('converts days, hours, minutes and seconds', () => {
    expect(parseDuration('PT5M')).toBe(300_000);
    expect(parseDuration('P7D')).toBe(7 * 86_400_000);
    expect(parseDuration('P1DT1H1M1S')).toBe(86_400_000 + 3_600_000 + 60_000 + 1000);
    expect(parseDuration('P1Y')).toBeNaN();
    expect(parseDuration('PT')).toBeNaN();
  });
});

describe('origins', () => {
  test('normalise host case, default port and trailing slash', () => {
    expect(normalizeOrigin('https://App.Example.COM:443/')).toBe('https://app.example.com');
    expect(normalizeOrigin('https://app.example.com:8443')).toBe('https://app.example.com:8443');
    expect(normalizeOrigin('http://app.example.com')).toBeUndefined();
  });
  test('compare normalised forms, and environments when both have one', () => {
    expect(originsEqual('https://app.example.com', 'https://APP.example.com:443/')).toBe(true);
    expect(originsEqual('https://app.example.com', 'https://app.example.com:8443')).toBe(false);
    expect(
      originsEqual(
        { environment: 'staging', url: 'https://a.example.com' },
        { environment: 'production', url: 'https://a.example.com' },
      ),
    ).toBe(false);
    expect(originsEqual({ environment: 'staging', url: 'https://a.example.com/' }, 'https://a.example.com')).toBe(true);
    expect(originsEqual('https://localhost', 'https://localhost')).toBe(false);
  });
});

describe('classes and gates (spec §4 table)', () => {
  test('every evidence sample maps to its class and gate', () => {
    expect([classOf(s.source), gateOf(s.source)]).toEqual(['source-known', 'source-known']);
    expect([classOf(s.staging), gateOf(s.staging)]).toEqual(['staging-runtime', 'staging-runtime']);
    expect([classOf(s.production), gateOf(s.production)]).toEqual(['production-cutover', 'production-cutover']);
    expect([classOf(s.rotation), gateOf(s.rotation)]).toEqual(['secret-rotation', 'secret-rotation']);
    expect([classOf(s.resources), gateOf(s.resources)]).toEqual(['production-cutover', 'production-resources']);
    expect([classOf(s.approval), gateOf(s.approval)]).toEqual(['production-cutover', 'operator-approval']);
    expect([classOf(s.canary), gateOf(s.canary)]).toEqual(['provider-canary', 'provider-canary']);
    expect([classOf(s.imageSafety), gateOf(s.imageSafety)]).toEqual(['image-safety', 'image-safety']);
  });
  test('non-evidence has no class', () => {
    for (const doc of [s.candidate, s.readiness, null, 'x', { kind: 'release-status', stage: 'other' }]) {
      expect(classOf(doc)).toBeUndefined();
      expect(gateOf(doc)).toBeUndefined();
    }
    expect(EVIDENCE_KINDS).toHaveLength(6);
    expect(GATE_IDS).toHaveLength(8);
  });
});

describe('computed verdicts', () => {
  const canary = (attempted: number, succeeded: number, p95: number) =>
    computeCanaryVerdict({
      runs: { attempted, succeeded, failed: attempted - succeeded, timedOut: 0 },
      latencyMs: { p50: 1, p95, max: p95 },
      thresholds: { minRuns: 10, minSuccessRate: 0.9, maxP95LatencyMs: 1000 },
    });
  test('canary: inconclusive below minRuns, then rate and p95', () => {
    expect(canary(9, 9, 1)).toBe('inconclusive');
    expect(canary(10, 9, 1000)).toBe('pass');
    expect(canary(10, 8, 1)).toBe('fail');
    expect(canary(10, 10, 1001)).toBe('fail');
  });
  test('image safety: an empty total counts as rate 1', () => {
    const verdict = (unsafeTotal: number, unsafeBlocked: number, safeTotal: number, safeAllowed: number) =>
      computeImageSafetyVerdict({
        samples: { unsafeTotal, unsafeBlocked, safeTotal, safeAllowed, escalated: 0 },
        thresholds: { minSamples: 10, minUnsafeBlockedRate: 1, minSafeAllowedRate: 0.5 },
      });
    expect(verdict(0, 0, 10, 5)).toBe('pass');
    expect(verdict(10, 10, 0, 0)).toBe('pass');
    expect(verdict(5, 5, 4, 4)).toBe('inconclusive');
    expect(verdict(10, 9, 10, 10)).toBe('fail');
    expect(verdict(10, 10, 10, 4)).toBe('fail');
  });
});

describe('validatePolicy', () => {
  test('accepts the §5 shape from text or value', () => {
    const policy = { maxAge: { 'source-known': 'P3D' }, clockSkew: 'PT1M', requiredGates: ['production-cutover'] };
    expect(validatePolicy(policy)).toEqual({ ok: true, errors: [], value: policy });
    expect(validatePolicy(JSON.stringify(policy)).ok).toBe(true);
    expect(validatePolicy({}).ok).toBe(true);
  });
  test('reports unknown gates, bad durations, unknown fields and bad JSON', () => {
    const result = validatePolicy({ maxAge: { nope: 'P1D', 'image-safety': '1 day' }, requiredGates: ['x'], extra: 1 });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.errors.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual([
      'unknown-field /extra',
      'invalid-format /maxAge/image-safety',
      'unknown-gate /maxAge/nope',
      'unknown-gate /requiredGates/0',
    ]);
    expect(validatePolicy('{"clockSkew":"PT1M","clockSkew":"PT2M"}').errors.map((issue) => issue.code)).toEqual([
      'duplicate-key',
    ]);
    expect(validatePolicy('{').errors.map((issue) => issue.code)).toEqual(['json-syntax']);
    expect(validatePolicy([]).errors.map((issue) => issue.code)).toEqual(['invalid-type']);
  });
});
