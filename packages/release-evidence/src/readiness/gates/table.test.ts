import { describe, expect, it } from 'vitest';
import { baseline, docOf } from '../../../test/readiness/support.js';
import { EVIDENCE_TABLE, type EvidenceDocument, GATE_IDS } from '../../contract/index.js';
import { GATES } from './index.js';

describe('the gate table', () => {
  it('has one row per contract gate, in the contract order', () => {
    expect(GATES.map((gate) => gate.id)).toEqual([...GATE_IDS]);
  });

  it("selects each gate's documents exactly as the contract's §4 table does", () => {
    for (const gate of GATES) {
      const row = EVIDENCE_TABLE.find((entry) => entry.gate === gate.id);
      expect({ class: gate.class, kind: gate.kind, stage: gate.stage }).toEqual({
        class: row?.class,
        kind: row?.kind,
        stage: row?.stage,
      });
    }
    expect(new Set(GATES.map((gate) => `${gate.kind}/${gate.stage ?? ''}`)).size).toBe(GATES.length);
  });

  it('always requires operator approval alone, and leaves production-cutover to the policy', () => {
    expect(GATES.filter((gate) => gate.required === 'always').map((gate) => gate.id)).toEqual(['operator-approval']);
    expect(GATES.filter((gate) => gate.required === 'no').map((gate) => gate.id)).toEqual(['production-cutover']);
  });

  it('refuses a document of another kind: the engine never hands one over, so that would be a bug', () => {
    const canary = docOf(baseline(), 'provider-canary') as EvidenceDocument;
    const [sourceKnown] = GATES;
    expect(() => sourceKnown?.ageFrom(canary)).toThrow(TypeError);
  });
});
