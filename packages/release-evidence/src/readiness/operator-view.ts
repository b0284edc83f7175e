import type { ReleaseReadiness } from '../contract/index.js';
import type { DocumentCheck } from '../privacy/index.js';
import { GATES } from './gates.js';
import { compareText } from './inputs.js';
import type { JudgeInputs, Judgement } from './judge.js';
import { type InputProblems, withRemedies } from './remedy.js';
import type { GateResult } from './status.js';
import { approvedTrafficPercent } from './traffic.js';
import { timestampOf, validUntilMs } from './valid-until.js';
import type { EvidenceView } from './views.js';
import { deferralWarnings } from './warnings.js';

type Additions = Pick<ReleaseReadiness, 'warnings' | 'validUntil' | 'approvedTrafficPercent'>;

export interface OperatorView {
  /** The judged gates, each that is not `pass` with its remedy. */
  readonly gates: GateResult[];
  /** The optional §7 members; each is left out when it has nothing to say. */
  readonly additions: Additions;
}

/** What the person deciding on production needs beyond the verdict: remedies, `validUntil`, warnings, traffic. */
export function operatorView(
  inputs: JudgeInputs,
  judgement: Judgement,
  nowMs: number,
  problems: ReadonlyMap<string, InputProblems>,
): OperatorView {
  const gates = withRemedies(judgement.gates, { ...inputs, nowMs, problems });
  const validUntil = validUntilMs(inputs, judgement, nowMs);
  const warnings = deferralWarnings(inputs.candidate, judgement.deferrals, nowMs);
  const approvalIndex = GATES.findIndex((spec) => spec.gate === 'operator-approval');
  const approval = judgement.gates[approvalIndex];
  const approvalDoc = inputs.byGate[approvalIndex]?.find((input) => input.digest === approval?.evidence?.digest);
  const traffic = approvedTrafficPercent(approval, approvalDoc?.value as EvidenceView | undefined);
  return {
    gates,
    additions: {
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(validUntil === undefined ? {} : { validUntil: timestampOf(validUntil) }),
      ...(traffic === undefined ? {} : { approvedTrafficPercent: traffic }),
    },
  };
}

/** Issue codes and finding classes (both fixed vocabularies) per input digest: what `fix-invalid-input` names. */
export function problemsByDigest(checks: readonly DocumentCheck[], digests: readonly string[]) {
  const problems = new Map<string, InputProblems>();
  checks.forEach((check, index) => {
    if (check.ok) return;
    const codes = unique(check.errors.map((issue) => issue.code));
    const findings = unique(check.findings.map((finding) => finding.class));
    problems.set(digests[index] as string, { codes, findings });
  });
  return problems;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}
