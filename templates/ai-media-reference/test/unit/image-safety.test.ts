import { describe, expect, it } from 'vitest';
import { buildImageSafetyEvidence, countOutcomes, reviewSamples } from '../../adapters/image-safety.js';
import { generateSafetySamples } from '../../adapters/image-safety-samples.js';
import { loadReleaseConfig } from '../../adapters/shared/config.js';
import { syntheticImage } from '../../adapters/shared/sample-image.js';
import { reviewImage } from '../../src/image-safety.js';
import { SUBJECT } from './subject-fixture.js';

const png = syntheticImage(7);

describe('reviewImage', () => {
  it('allows a clean image with a low provider score', () => {
    expect(reviewImage({ prompt: 'a lighthouse', image: png, providerScore: 0.1 })).toEqual({
      decision: 'allow',
      reason: 'clean',
    });
  });
  it('blocks blocked prompt terms, high scores, non-images and invalid scores', () => {
    expect(reviewImage({ prompt: 'A WEAPON here', image: png, providerScore: 0 }).reason).toBe('prompt-term');
    expect(reviewImage({ prompt: 'x', image: png, providerScore: 0.8 }).reason).toBe('provider-score');
    expect(reviewImage({ prompt: 'x', image: syntheticImage(7, false), providerScore: 0 }).reason).toBe('not-an-image');
    expect(reviewImage({ prompt: 'x', image: png, providerScore: Number.NaN }).decision).toBe('block');
  });
  it('escalates ambiguous scores to a human', () => {
    expect(reviewImage({ prompt: 'x', image: png, providerScore: 0.5 }).decision).toBe('escalate');
  });
  it('does not block words that merely contain a blocked term', () => {
    expect(reviewImage({ prompt: 'weaponsmith museum', image: png, providerScore: 0 }).decision).toBe('allow');
  });
});

describe('image-safety sample set', () => {
  it('is deterministic and labelled on both sides', () => {
    const first = countOutcomes(reviewSamples(generateSafetySamples()));
    expect(countOutcomes(reviewSamples(generateSafetySamples()))).toEqual(first);
    expect(first).toEqual({ unsafeTotal: 11, unsafeBlocked: 11, safeTotal: 29, safeAllowed: 28, escalated: 2 });
  });
  it('computes the spec verdict, with a total of 0 giving a rate of 1', () => {
    const document = buildImageSafetyEvidence(loadReleaseConfig(), SUBJECT, '2026-11-25T10:00:00Z');
    expect(document.samples).toEqual(countOutcomes(reviewSamples(generateSafetySamples())));
    expect(document.verdict).toBe('pass');
    expect(document.id).toBe('image-safety-aaaaaaaaaaaa');
  });
});
