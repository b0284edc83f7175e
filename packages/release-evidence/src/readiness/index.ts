export type { DeferralResult, DeferralStatus } from './deferrals.js';
export { DEFAULT_POLICY, type EffectivePolicy, effectivePolicy } from './effective-policy.js';
export {
  checkInput,
  evaluateReadiness,
  inputCheckOptions,
  type ReadinessOutcome,
  type ReadinessRequest,
} from './evaluate.js';
export { GATES as READINESS_GATES, type GateSpec } from './gates/index.js';
export type { CheckedDocument, DocumentRef, InputDocument } from './inputs.js';
export type { ReadinessProblems } from './readiness-document.js';
export type { GateResult } from './status.js';
