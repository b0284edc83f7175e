import type { ReleaseReadiness } from '../../src/contract/index.js';
import { buildSamples } from '../samples/index.js';

export const NOW = '2026-11-25T12:00:00Z';

/** The sample readiness document with some members replaced. */
export function readinessWith(overrides: Partial<ReleaseReadiness>): ReleaseReadiness {
  return { ...buildSamples(NOW).readiness, ...overrides };
}
