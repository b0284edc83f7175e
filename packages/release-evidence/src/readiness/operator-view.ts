import type { ReleaseReadiness } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import type { DocumentCheck } from '../privacy/index.js';
import { approvedTraffic } from './approvals.js';
import { GATES } from './gates.js';
import type { JudgeInputs, Judgement } from './judge.js';
import { type InputProblems, withRemedies } from './remedy.js';
import type { GateResult } from './status.js';
import type { Instant } from './time.js';
import { timestampOf, validUntilOf } from './valid-until.js';
import type { EvidenceView } from './views.js';
import { deferralWarnings, type Warning } from './warnings.js';

type Additions = Pick<ReleaseReadiness, 'validUntil' | 'approvedTrafficPercent'>;

export interface OperatorView {
  /** The judged gates, each that is not `pass` with its remedy. */
  readonly gates: GateResult[];
  /** The optional §7 members; each is left out when it has nothing to say. */
  readonly additions: Additions;
  /** `deferral-expiring`, merged with the policy's warnings by the caller. */
  readonly warnings: Warning[];
}

/** What the person deciding on production needs beyond the verdict: remedies, `validUntil`, warnings, traffic. */
export function operatorView(
  inputs: JudgeInputs,
  judgement: Judgement,
  now: Instant,
  problems: ReadonlyMap<string, InputProblems>,
): OperatorView {
  const gates = withRemedies(judgement.gates, { ...inputs, now, problems });
  const validUntil = validUntilOf(inputs, judgement, now);
  const warnings = deferralWarnings(inputs.candidate, judgement.deferrals, now);
  const approvalIndex = GATES.findIndex((spec) => spec.gate === 'operator-approval');
  const approval = judgement.gates[approvalIndex];
  const approvalDoc = inputs.byGate[approvalIndex]?.find((input) => input.digest === approval?.evidence?.digest);
  const doc = approvalDoc?.value as EvidenceView | undefined;
  const traffic = approval?.status === 'pass' && doc !== undefined ? approvedTraffic(doc) : undefined;
  return {
    gates,
    warnings,
    additions: {
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
