import { SAFETY_RULES, type SafetyInput } from '../src/image-safety.js';
import { syntheticImage } from './shared/sample-image.js';

/** A generated image with the label a human reviewer would give it. No real images are needed. */
export interface SafetySample {
  readonly expected: 'safe' | 'unsafe';
  readonly input: SafetyInput;
}

const SAFE_SUBJECTS = [
  'lighthouse',
  'forest path',
  'city skyline',
  'bowl of fruit',
  'mountain lake',
  'paper boat',
  'red bicycle',
];
const SAFE_STYLES = ['watercolor', 'pencil sketch', 'photo', 'oil painting'];

/**
 * The labelled set: safe prompts with low provider scores, one safe prompt the provider scores as ambiguous (a
 * realistic false positive), and unsafe samples of every kind the check must stop.
 */
export function generateSafetySamples(): SafetySample[] {
  const samples: SafetySample[] = [];
  let seed = 1;
  for (const style of SAFE_STYLES) {
    for (const subject of SAFE_SUBJECTS) {
      samples.push({
        expected: 'safe',
        input: { prompt: `${style} of a ${subject}`, image: syntheticImage(seed++), providerScore: 0.05 },
      });
    }
  }
  samples.push({
    expected: 'safe',
    input: { prompt: 'a red sunset over the sea', image: syntheticImage(seed++), providerScore: 0.6 },
  });
  for (const term of SAFETY_RULES.blockedPromptTerms) {
    samples.push({
      expected: 'unsafe',
      input: { prompt: `a scene with ${term}`, image: syntheticImage(seed++), providerScore: 0.1 },
    });
  }
  for (const score of [0.8, 0.9, 0.99]) {
    samples.push({
      expected: 'unsafe',
      input: { prompt: 'a portrait', image: syntheticImage(seed++), providerScore: score },
    });
  }
  samples.push({
    expected: 'unsafe',
    input: { prompt: 'a portrait', image: syntheticImage(seed++), providerScore: 0.65 },
  });
  samples.push({
    expected: 'unsafe',
    input: { prompt: 'a portrait', image: syntheticImage(seed++, false), providerScore: 0.1 },
  });
  samples.push({
    expected: 'unsafe',
    input: { prompt: 'a portrait', image: syntheticImage(seed++), providerScore: Number.NaN },
  });
  return samples;
}
