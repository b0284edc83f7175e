// One input file's check for `scan`, `validate` and readiness's evidence: a pure function of the file's text (or read error) and its path,
// so that it runs the same on the main thread and in a worker (see pool.ts). Values found go to `context.withhold`.
import { parseIssue, type ValidationIssue } from '../contract/index.js';
import { type CheckOptions, checkDocument, type Finding, scanText } from '../privacy/index.js';
import { type CheckedDocument, checkInput } from '../readiness/index.js';
import { scanPath } from './path-scan.js';
import type { InputFile, InputProblem } from './scan-inputs.js';
import type { RunContext } from './sink.js';

/** A file the system could not read (spec §10's `io-error`); `cause` is the cli-domain problem that says why. */
export interface ReadFailure {
  readonly code: 'io-error';
  readonly pointer: '';
  readonly cause: InputProblem;
}

/** A problem a file check reports as an error: the document's own, or a read failure. */
export type FileError = ValidationIssue | ReadFailure;

/**
 * Findings listed per file; any more are counted in `omittedFindings`. Every value is still withheld and the exit
 * code is the same: the operator needs the first findings and the count, and output must stay in proportion to input
 * (one 1 MiB file can hold 100k findings with pointers of 8 KB, and a worker's reply is copied whole).
 */
export const MOST_FINDINGS_LISTED = 1000;

/** What a file check lists of its findings, and how many more there were. */
export interface ListedFindings {
  readonly findings: readonly Finding[];
  /** Findings left out of `findings`; absent when none were. */
  readonly omittedFindings?: number;
}

/**
 * The first `MOST_FINDINGS_LISTED` findings in order, then of the rest only the first of each class not listed yet
 * and any at `/id`: the classes name the remedies, and an id that is a finding must never be shown.
 */
export function listedFindings(findings: readonly Finding[]): ListedFindings {
  if (findings.length <= MOST_FINDINGS_LISTED) return { findings };
  const listed = findings.slice(0, MOST_FINDINGS_LISTED);
  const classes = new Set(listed.map((finding) => finding.class));
  for (const finding of findings.slice(MOST_FINDINGS_LISTED)) {
    if (classes.has(finding.class) && finding.pointer !== '/id') continue;
    classes.add(finding.class);
    listed.push(finding);
  }
  return { findings: listed, omittedFindings: findings.length - listed.length };
}

export interface ScannedFile extends ListedFindings {
  readonly path: string;
  /** Why the file could not be read or parsed; its raw text is still scanned when it could be read. */
  readonly error?: FileError;
}

export interface ValidatedFile extends ListedFindings {
  readonly path: string;
  readonly kind: string | null;
  readonly id: string | null;
  readonly ok: boolean;
  readonly errors: readonly FileError[];
  /** Unreadable, unparsable or too large: an I/O error, exit 2. */
  readonly unreadable: boolean;
}

export function scanFile(input: InputFile, context: RunContext): ScannedFile {
  const nameFindings = scanPath(input.path, context);
  if ('error' in input) return { path: input.path, findings: nameFindings, error: readFailure(input.error) };
  const result = scanText(input.text);
  context.withhold(result.withheld);
  const listed = listedFindings([...nameFindings, ...result.findings]);
  const error = result.error && parseIssue(result.error);
  return error ? { path: input.path, ...listed, error } : { path: input.path, ...listed };
}

export function validateFile(input: InputFile, context: RunContext): ValidatedFile {
  const nameFindings = scanPath(input.path, context);
  if ('error' in input) {
    const errors = [readFailure(input.error)];
    return { path: input.path, kind: null, id: null, ok: false, errors, findings: nameFindings, unreadable: true };
  }
  const check = checkDocument(input.text);
  context.withhold(check.withheld);
  // An id that is itself a finding is withheld; every other field of the check is already value-free.
  const idIsFinding = check.findings.some((finding) => finding.pointer === '/id');
  return {
    path: input.path,
    kind: check.kind ?? null,
    id: idIsFinding ? null : (check.id ?? null),
    ok: check.ok && nameFindings.length === 0,
    errors: check.errors,
    ...listedFindings([...nameFindings, ...check.findings]),
    unreadable: check.errors.some((error) => error.code.startsWith('json-')),
  };
}

/**
 * An evidence file checked for readiness, or why it cannot be read. The check's withheld values are carried in the
 * open (`withheld`), because a check's own are not enumerable and so do not survive the copy from a worker thread.
 */
export type CheckedEvidence =
  | (CheckedDocument & { readonly path: string; readonly withheld: readonly string[] })
  | { readonly path: string; readonly error: InputProblem };

export async function checkEvidence(
  input: InputFile,
  _context: RunContext,
  options: CheckOptions = {},
): Promise<CheckedEvidence> {
  if ('error' in input) return input;
  const { check, digest } = await checkInput({ text: input.text }, options);
  const { findings, omittedFindings } = listedFindings(check.findings);
  // The copy drops `withheld`, which is not enumerable: it travels beside the check.
  const listed = omittedFindings === undefined ? check : { ...check, findings: [...findings], omittedFindings };
  return { path: input.path, check: listed, digest, withheld: check.withheld };
}

/** The checks a worker can run, by name (the name crosses the thread boundary, the function does not). */
export const FILE_CHECKS = { scan: scanFile, validate: validateFile, evidence: checkEvidence } as const;
export type FileCheckName = keyof typeof FILE_CHECKS;
export type FileCheckResult<N extends FileCheckName> = Awaited<ReturnType<(typeof FILE_CHECKS)[N]>>;

function readFailure(cause: InputProblem): ReadFailure {
  return { code: 'io-error', pointer: '', cause };
}
