// Loading what readiness needs from the command line: the candidate, the --policy override, --now and the evidence.
// Shared by `readiness` and `packet`.
import { type Policy, type ReleaseCandidate, validatePolicy } from '../contract/index.js';
import { type CheckOptions, checkDocument, type DocumentCheck, scanText, withWithheld } from '../privacy/index.js';
import { type InputDocument, inputCheckOptions } from '../readiness/index.js';
import { instantOf } from '../readiness/time.js';
import type { ParsedArgs, StringOption } from './args.js';
import { cliProblem, InputError, type InputProblem, UsageError } from './errors.js';
import { collectJsonFiles, readTextFile } from './io.js';
import { checkEntries } from './pool.js';
import type { RunContext } from './sink.js';

/** `--evidence a b c`: evidence paths, as `readiness`, `packet` and `verify-packet` take them. */
export const EVIDENCE_OPTION = {
  type: 'string',
  description: 'evidence files or directories (every following path counts)',
  valueHint: 'PATH…',
  variadic: true,
} as const satisfies StringOption;

/** The options `readiness` and `packet` share; spread into a command's `options`. */
export const READINESS_OPTIONS = {
  candidate: { type: 'string', description: 'the release-candidate document', valueHint: 'FILE', required: true },
  evidence: EVIDENCE_OPTION,
  now: { type: 'string', description: 'the instant to judge at (default: the clock)', valueHint: 'TIMESTAMP' },
  policy: { type: 'string', description: "a policy document applied over the candidate's own", valueHint: 'FILE' },
} as const;

export interface ReadinessInputs {
  readonly candidate: ReleaseCandidate;
  readonly candidateText: string;
  readonly policy?: Policy;
  readonly now: string;
  readonly documents: readonly InputDocument[];
  /** The file each document came from, index for index; for messages only, never for output documents. */
  readonly paths: readonly string[];
  /** Every input file and directory, for refusing outputs that would overwrite one (spec §10). */
  readonly inputPaths: InputPaths;
}

export interface InputPaths {
  readonly files: readonly string[];
  /** Real paths of the evidence directories walked. */
  readonly directories: readonly string[];
}

/**
 * Reads the candidate, policy and evidence named by the arguments. A bad candidate, policy or `--now`, and an evidence
 * path that cannot be read, is a usage or input error (exit 2, spec §10) that names the file.
 */
export async function loadReadinessInputs(
  args: ParsedArgs<typeof READINESS_OPTIONS>,
  context: RunContext,
  clock: () => Date = () => new Date(),
): Promise<ReadinessInputs> {
  const { candidate: candidatePath, policy: policyPath } = args.values;
  // Plain arguments are evidence too, wherever they stand.
  const evidencePaths = [...args.values.evidence, ...args.positionals];
  if (evidencePaths.length === 0) throw new UsageError('option --evidence needs at least one path');
  const now = nowOption(args.values.now, clock);
  const candidateText = await readTextFile(candidatePath, context);
  const candidate = await loadCandidate(candidatePath, candidateText, context);
  const policy = policyPath === undefined ? undefined : await loadPolicy(policyPath, context);
  const checkOptions = inputCheckOptions(candidate, policy);
  const { documents, paths, directories } = await loadEvidence(evidencePaths, checkOptions, context);
  const files = [candidatePath, ...(policyPath === undefined ? [] : [policyPath]), ...paths];
  return { candidate, candidateText, policy, now, documents, paths, inputPaths: { files, directories } };
}

function nowOption(now: string | undefined, clock: () => Date): string {
  if (now === undefined)
    return clock()
      .toISOString()
      .replace(/\.[0-9]{3}Z$/, 'Z');
  if (Number.isNaN(instantOf(now)))
    throw new UsageError('option --now takes an RFC 3339 timestamp with seconds and an offset');
  return now;
}

async function loadCandidate(path: string, text: string, context: RunContext): Promise<ReleaseCandidate> {
  const check = checkDocument(text, { expectKind: 'release-candidate' });
  context.withhold(check.withheld);
  if (!check.ok) throw new InputError('candidate-invalid', { path, ...summaryArgs(check) });
  return check.value as ReleaseCandidate;
}

async function loadPolicy(path: string, context: RunContext): Promise<Policy> {
  const text = await readTextFile(path, context);
  // Scanned first: a member name that is a secret must not reach an error pointer (§8).
  const { findings, withheld } = scanText(text);
  context.withhold(withheld);
  if (findings.length > 0) throw new InputError('policy-findings', { path, ...summaryArgs({ errors: [], findings }) });
  // Validated as text, so I-JSON problems that parsing hides (a duplicate member: which value wins?) are refused.
  const result = validatePolicy(text);
  const jsonError = result.errors.find((issue) => issue.code.startsWith('json-'));
  if (jsonError) throw new InputError('policy-not-json', { path, cause: jsonError.code });
  if (!result.ok || result.value === undefined) {
    const { issues, issuePointers } = summaryArgs({ errors: result.errors, findings: [] });
    throw new InputError('policy-invalid', { path, issues, issuePointers });
  }
  return result.value;
}

/** Evidence checked file by file as it is read (on worker threads when there are many), so no text is kept. */
async function loadEvidence(
  paths: readonly string[],
  options: CheckOptions,
  context: RunContext,
): Promise<{ documents: InputDocument[]; paths: string[]; directories: readonly string[] }> {
  const collected = await collectJsonFiles(paths, context);
  const [missing] = collected.errors;
  if (missing) throw missing;
  const documents: InputDocument[] = [];
  for await (const evidence of checkEntries('evidence', collected.files, context, options)) {
    if ('error' in evidence) throw InputError.of(evidence.error);
    // A check copied from a worker has lost its (non-enumerable) withheld values; they are put back.
    const check = Object.hasOwn(evidence.check, 'withheld')
      ? evidence.check
      : withWithheld(evidence.check, evidence.withheld);
    documents.push({ checked: { check, digest: evidence.digest } });
  }
  return { documents, paths: [...collected.files], directories: collected.directories };
}

/** A check's issues and findings as problem arguments: codes, classes and pointers only, never a value. */
export function summaryArgs(check: {
  readonly errors: readonly { readonly code: string; readonly pointer: string }[];
  readonly findings: readonly { readonly class: string; readonly pointer: string }[];
  readonly omittedFindings?: number;
}) {
  return {
    issues: check.errors.map((issue) => issue.code),
    issuePointers: check.errors.map((issue) => issue.pointer),
    findings: check.findings.map((finding) => finding.class),
    findingPointers: check.findings.map((finding) => finding.pointer),
    ...(check.omittedFindings ? { omittedFindings: check.omittedFindings } : {}),
  };
}

/**
 * A warning for every evidence file that did not pass its check, for stderr; the checks' withheld values go to the run.
 * An evidence file that is not JSON at all (bad syntax, BOM, NUL, empty, too large or too deep) is an input error
 * (exit 2, spec §10), like an unreadable one; JSON that is not a contract document is an invalid input, which blocks
 * the verdict (§6).
 */
export function invalidEvidence(
  paths: readonly string[],
  checks: readonly DocumentCheck[],
  context: RunContext,
): InputProblem[] {
  for (const check of checks) context.withhold(check.withheld);
  checks.forEach((check, index) => {
    const notJson = check.errors.find((issue) => issue.code.startsWith('json-') && issue.code !== 'json-not-object');
    if (notJson) throw new InputError('evidence-not-json', { path: paths[index] ?? '?', cause: notJson.code });
  });
  return checks.flatMap((check, index) =>
    check.ok ? [] : [cliProblem('evidence-invalid', { path: paths[index] ?? '?', ...summaryArgs(check) })],
  );
}
