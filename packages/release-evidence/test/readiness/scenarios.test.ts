import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/index.js';
import { MATRIX, type Scenario } from './matrix.js';
import { SCENARIOS } from './scenarios.js';
import { baseline, evaluate } from './support.js';
import { VERDICT_CHANGES } from './verdict-changes.js';

async function run(scenario: Scenario) {
  const set = baseline();
  scenario.mutate(set);
  return (await evaluate(set)).readiness;
}

function expectScenario(readiness: Awaited<ReturnType<typeof run>>, scenario: Scenario): void {
  expect(validateDocument(readiness, { expectKind: 'release-readiness' }).errors).toEqual([]);
  expect(readiness.verdict).toBe(scenario.verdict);
  for (const [gate, expected] of Object.entries(scenario.gates ?? {})) {
    const result = readiness.gates.find((entry) => entry.gate === gate);
    const [status, underlying] = Array.isArray(expected) ? expected : [expected, undefined];
    expect({ gate, status: result?.status, underlying: result?.underlying }).toEqual({ gate, status, underlying });
  }
  for (const [id, status] of Object.entries(scenario.deferrals ?? {})) {
    expect(readiness.deferrals.find((entry) => entry.id === id)?.status).toBe(status);
  }
  for (const [gate, code] of Object.entries(scenario.reasons ?? {})) {
    const codes = readiness.gates.find((entry) => entry.gate === gate)?.reasons.map((entry) => entry.code);
    expect(codes).toContain(code);
  }
  if (scenario.warnings !== undefined) {
    const warnings = readiness.warnings?.map((entry) => `${entry.code} ${entry.gate ?? '-'}`);
    expect(warnings).toEqual(scenario.warnings.length > 0 ? scenario.warnings : undefined);
  }
}

describe('readiness scenarios', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    expectScenario(await run(scenario), scenario);
  });
});

describe('verdict changes of §6 (§11)', () => {
  it.each(VERDICT_CHANGES.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    expectScenario(await run(scenario), scenario);
  });
});

describe('every status of every gate', () => {
  it.each(MATRIX.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    expectScenario(await run(scenario), scenario);
  });

  it('covers all seven statuses for every gate (operator-approval: all but deferred) and every verdict', () => {
    const covered = new Set(MATRIX.map((scenario) => scenario.name));
    expect(covered.size).toBe(8 * 7 - 1);
    const verdicts = new Set([...MATRIX, ...SCENARIOS].map((scenario) => scenario.verdict));
    expect([...verdicts].sort()).toEqual(['awaiting-operator', 'blocked', 'ready', 'ready-with-deferrals']);
  });
});
