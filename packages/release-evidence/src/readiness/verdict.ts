import type { ReadinessVerdict } from '../contract/index.js';
import type { JudgedGate } from './status.js';

const APPROVAL_GATE = 'operator-approval';

/** §6 verdict: any invalid input blocks; otherwise it is decided by the required gates alone. */
export function verdictOf(
  gates: readonly Pick<JudgedGate, 'gate' | 'status' | 'required'>[],
  anyInvalidInput: boolean,
): ReadinessVerdict {
  if (anyInvalidInput) return 'blocked';
  const required = gates.filter((gate) => gate.required);
  const others = required.filter((gate) => gate.gate !== APPROVAL_GATE);
  if (others.some((gate) => gate.status !== 'pass' && gate.status !== 'deferred')) return 'blocked';
  if (required.some((gate) => gate.gate === APPROVAL_GATE && gate.status !== 'pass')) return 'awaiting-operator';
  return required.some((gate) => gate.status === 'deferred') ? 'ready-with-deferrals' : 'ready';
}
