import { type Policy, type ReleaseCandidate, type ReleaseReadiness, validateDocument } from '../contract/index.js';
import { type CheckOptions, checkDocument, type DocumentCheck } from '../privacy/index.js';
import { effectivePolicy } from './effective-policy.js';
import { type CheckedDocument, checkedInput, type InputDocument, inputDigest } from './inputs.js';
import { inputsByGate, type JudgeInputs, judgeAt } from './judge.js';
import { operatorView, problemsByDigest } from './operator-view.js';
import { type ReadinessProblems, readinessDocument } from './readiness-document.js';
import { durationMs, exactInstantOf } from './time.js';
import { policyWarnings } from './warnings.js';

export interface ReadinessRequest {
  /** A release candidate that already passed `checkDocument`; one that is not a valid candidate is refused (throws). */
  readonly candidate: ReleaseCandidate;
  readonly documents: readonly InputDocument[];
  /** The command line's `--policy`, applied over the candidate's own. */
  readonly policy?: Policy;
  /** The instant readiness is judged at; a contract timestamp. */
  readonly now: string;
}

export interface ReadinessOutcome {
  readonly readiness: ReleaseReadiness;
  /** One check per input document, in input order, so callers can name the files they came from. */
  readonly checks: DocumentCheck[];
  /** The digest of each input document, in input order (§7: its canonical form, or its text when not JSON). */
  readonly digests: string[];
  /** The gates' reasons and the warnings as problems (`{ code, severity, pointer?, args }`), in the document's order. */
  readonly problems: ReadinessProblems;
}

/** §6 readiness: a pure function of (candidate, documents, effective policy, now). */
export async function evaluateReadiness(request: ReadinessRequest): Promise<ReadinessOutcome> {
  const { candidate, now } = request;
  const nowInstant = exactInstantOf(now);
  if (Number.isNaN(nowInstant.ms)) throw new TypeError('now is not a contract timestamp');
  // The gates read the candidate as the contract types it; a caller that skipped the check gets a refusal that names
  // the codes (never a value), not a TypeError from deep inside a gate.
  const candidateCheck = validateDocument(candidate, { expectKind: 'release-candidate' });
  if (!candidateCheck.ok) {
    const codes = [...new Set(candidateCheck.errors.map((issue) => issue.code))].sort().join(', ');
    throw new TypeError(`candidate is not a valid release-candidate (${codes})`);
  }
  const policy = effectivePolicy(candidate.policy, request.policy);
  const checkOptions = inputCheckOptions(candidate, request.policy);
  const checks = request.documents.map(
    (document) => document.checked?.check ?? checkDocument(document.text ?? document.value, checkOptions),
  );
  // Digests are independent, so they are awaited together. They start after every check (measured: interleaving
  // them with the checks is slower), and the order of `inputs` still follows `documents`.
  const digests = await Promise.all(
    request.documents.map(
      (document, index) => document.checked?.digest ?? inputDigest(document, checks[index] as DocumentCheck),
    ),
  );
  const inputs = request.documents.map((document, index) =>
    checkedInput(document, checks[index] as DocumentCheck, digests[index] as string),
  );
  const judged: JudgeInputs = {
    candidate,
    policy,
    byGate: inputsByGate(inputs),
    anyInvalidInput: inputs.some((input) => !input.valid),
  };
  const judgement = judgeAt(judged, nowInstant);
  const view = operatorView(judged, judgement, nowInstant, problemsByDigest(checks, digests));
  const warnings = [...policyWarnings(policy), ...view.warnings];
  const { readiness, problems } = readinessDocument({ candidate, now, policy, inputs, judgement, view, warnings });
  return { readiness, checks, digests: digests as string[], problems };
}

/** The options every input of this candidate and policy is checked with (its clock skew). */
export function inputCheckOptions(candidate: Pick<ReleaseCandidate, 'policy'>, policy?: Policy): CheckOptions {
  return { clockSkewMs: durationMs(effectivePolicy(candidate.policy, policy).clockSkew) };
}

/** One input's check and digest, as `evaluateReadiness` makes them; a caller may make them elsewhere (`checked`). */
export async function checkInput(document: InputDocument, options: CheckOptions): Promise<CheckedDocument> {
  const check = checkDocument(document.text ?? document.value, options);
  return { check, digest: await inputDigest(document, check) };
}
