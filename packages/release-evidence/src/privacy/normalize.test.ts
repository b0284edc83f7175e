import { describe, expect, it } from 'vitest';
import { featuresOf } from './features.js';
import { classifyKey } from './keys.js';
import { decodeBase64Runs, decodePercent, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('removes zero-width and bidi controls and folds fullwidth forms (NFKC)', () => {
    expect(normalizeText('a\u200bb\u2066c\u202ed\ufeff')).toBe('abcd');
    expect(normalizeText('ｇｈｐ＿ｘ')).toBe('ghp_x');
    expect(normalizeText('plain ascii')).toBe('plain ascii');
  });
});

describe('decodePercent', () => {
  it('decodes runs of %XX as UTF-8 and leaves invalid runs alone', () => {
    expect(decodePercent('a%20b%C3%A9')).toBe('a bé');
    expect(decodePercent('bad %FF here')).toBe('bad %FF here');
    expect(decodePercent('no escapes')).toBeUndefined();
  });
});

describe('decodeBase64Runs', () => {
  it('decodes standard and URL-safe runs that turn into text, and drops binary', () => {
    expect(decodeBase64Runs(`see ${btoa('Hello, base64 world!')} here`)).toBe('Hello, base64 world!');
    expect(decodeBase64Runs(btoa('??>>??>>??>>??>>').replaceAll('+', '-').replaceAll('/', '_'))).toBe(
      '??>>??>>??>>??>>',
    );
    expect(
      decodeBase64Runs(btoa(String.fromCharCode(0, 1, 2, 3, 250, 251, 252, 253, 254, 255, 0, 1, 2))),
    ).toBeUndefined();
    expect(decodeBase64Runs('image-safety-canary-evidence')).toBeUndefined();
  });
});

describe('featuresOf', () => {
  it('measures runs and marker characters in one pass', () => {
    const features = featuresOf('ab-CD_12xy deadbeef0 x@y.z %');
    expect(features.tokenRun).toBe(10);
    expect(features.alnumRun).toBe(9);
    expect(features.hexRun).toBe(9);
    expect(features.upper && features.lower && !features.nonAscii).toBe(true);
    expect(featuresOf('ü').nonAscii).toBe(true);
  });
});

describe('classifyKey', () => {
  it('matches the key lists of spec §8 in camelCase, snake_case and kebab-case', () => {
    for (const key of [
      'apiKey',
      'api_key',
      'API-KEY',
      'x-webhook-secret',
      'clientSecret',
      'password',
      'sessionToken',
    ]) {
      expect(classifyKey(key), key).toBe('secret');
    }
    for (const key of ['userId', 'user_id', 'x-workspace-id', 'email', 'login', 'customerId']) {
      expect(classifyKey(key), key).toBe('identity');
    }
    for (const key of ['tokenSha256', 'secret_prefix', 'keyHash', 'x-password-length']) {
      expect(classifyKey(key), key).toBe('secret-fingerprint');
    }
    for (const key of ['last4', 'fingerprint', 'hash', 'prefix']) expect(classifyKey(key), key).toBe('fingerprint');
    expect(classifyKey('predictionId')).toBe('provider');
    for (const key of ['inputTokens', 'runId', 'workflowId', 'name', 'detail', 'secrets', 'tokenBudget']) {
      expect(classifyKey(key), key).toBeUndefined();
    }
  });
});
