// Readiness runs for the HTML report's tests and screenshots, built from the shipped acceptance fixture.

import { reportDocuments } from '../../src/format/index.js';
import { evaluateReadiness, type ReadinessOutcome, type ReleaseCandidate } from '../../src/index.js';
import { addDeferral, addLeak, baseline, docOf, dropGate, type EvidenceSet } from '../readiness/support.js';

export interface Scenario {
  readonly set: EvidenceSet;
  readonly outcome: ReadinessOutcome;
}

async function run(set: EvidenceSet): Promise<Scenario> {
  const outcome = await evaluateReadiness({
    candidate: set.candidate as ReleaseCandidate,
    documents: set.documents.map((value) => ({ value })),
    now: set.now,
  });
  return { set, outcome };
}

/** Hours after `instant`, as a contract timestamp. */
export function hoursAfter(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}

/**
 * `ready-with-deferrals`, late in the evidence's life: image safety is deferred by a deferral that expires within
 * the week, one deferral goes unused and one has expired; some evidence is close to its max age.
 */
export function showcase(): Promise<Scenario> {
  const set = baseline();
  set.now = hoursAfter(set.now, 17);
  dropGate(set, 'image-safety');
  addDeferral(set, 'image-safety', hoursAfter(set.now, 24 * 5), 'DEFER-1');
  addDeferral(set, 'provider-canary', hoursAfter(set.now, 24 * 20), 'DEFER-2');
  addDeferral(set, 'staging-runtime', hoursAfter(set.now, -24 * 2), 'DEFER-3');
  return run(set);
}

/** `blocked`: one document carries a token, so it is invalid and its finding is listed (redacted). */
export async function leaky(): Promise<Scenario & { leak: string }> {
  const set = baseline();
  const leak = addLeak(docOf(set, 'provider-canary'));
  return { ...(await run(set)), leak };
}

export const documentsOf = (scenario: Scenario) => reportDocuments(scenario.outcome);
