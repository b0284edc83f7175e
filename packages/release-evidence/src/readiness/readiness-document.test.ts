import { describe, expect, it } from 'vitest';
import { baseline, docOf, dropGate, evaluate } from '../../test/readiness/support.js';
import { renderProblem } from '../problem/index.js';

describe('the readiness document builder', () => {
  it("renders each gate's problems into its reasons, in order, and nowhere else", async () => {
    const set = baseline();
    docOf(set, 'production-resources').environment = 'staging';
    docOf(set, 'production-resources').resources[0].status = 'pending';
    dropGate(set, 'image-safety');
    const { readiness, problems } = await evaluate(set);
    for (const gate of readiness.gates) {
      const rendered = problems.reasons[gate.gate].map((reason) => ({
        code: reason.code,
        message: renderProblem(reason),
      }));
      expect(gate.reasons).toEqual(rendered);
    }
    expect(readiness.gates.find((gate) => gate.gate === 'production-resources')?.reasons).toEqual([
      { code: 'wrong-environment', message: 'production-resources is not for production' },
      { code: 'resource-pending', message: 'resource custom-domain app is not ready' },
    ]);
  });

  it('renders warnings with their gate when the problem names one, sorted by code, gate and message', async () => {
    const set = baseline();
    set.policy = { maxAge: { 'source-known': 'P30D', 'image-safety': 'P4D' }, clockSkew: 'PT10M' };
    const { readiness, problems } = await evaluate(set);
    expect(readiness.warnings).toEqual([
      { code: 'policy-weakened', message: 'policy clockSkew is PT10M, weaker than the default PT5M' },
      {
        code: 'policy-weakened',
        gate: 'image-safety',
        message: 'policy maxAge of gate image-safety is P4D, weaker than the default PT72H',
      },
      {
        code: 'policy-weakened',
        gate: 'source-known',
        message: 'policy maxAge of gate source-known is P30D, weaker than the default P7D',
      },
    ]);
    expect(problems.warnings.map((warning) => renderProblem(warning))).toEqual(
      readiness.warnings?.map((warning) => warning.message),
    );
  });

  it('leaves warnings out when there are none, keeping the first edition bytes', async () => {
    const { readiness, problems } = await evaluate(baseline());
    expect(readiness).not.toHaveProperty('warnings');
    expect(problems.warnings).toEqual([]);
  });
});
