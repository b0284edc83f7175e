import type { ReleaseReadiness } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import type { DocumentCheck } from '../privacy/index.js';
import type { Problem } from '../problem/index.js';
import { approvedTraffic } from './gates/approvals.js';
import { GATES } from './gates/index.js';
import { evidenceOf } from './inputs.js';
import type { JudgeInputs, Judgement } from './judge.js';
import { type InputProblems, withRemedies } from './remedy.js';
import type { JudgedGate } from './status.js';
import type { Instant } from './time.js';
import { timestampOf, validUntilOf } from './valid-until.js';
import { deferralWarnings } from './warnings.js';

type Additions = Pick<ReleaseReadiness, 'validUntil' | 'approvedTrafficPercent'>;

export interface OperatorView {
  /** The judged gates, each that is not `pass` with its remedy. */
  readonly gates: JudgedGate[];
  /** The optional §7 members; each is left out when it has nothing to say. */
  readonly additions: Additions;
  /** `deferral-expiring`, merged with the policy's warnings by the caller. */
  readonly warnings: Problem[];
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
  const approvalIndex = GATES.findIndex((spec) => spec.id === 'operator-approval');
  const approval = judgement.gates[approvalIndex];
  const approvalDoc = inputs.byGate[approvalIndex]?.find((input) => input.digest === approval?.evidence?.digest);
  const doc = approval?.status === 'pass' && approvalDoc !== undefined ? evidenceOf(approvalDoc) : undefined;
  const traffic = doc?.kind === 'operator-assisted-production' ? approvedTraffic(doc) : undefined;
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
