// Plain-text renderers, for people. Lines hold input-derived text as it is: the sink makes every line safe.
import { formatVerificationText } from '../../format/index.js';
import type { Finding } from '../../privacy/index.js';
import { renderProblem } from '../../problem/index.js';
import type { FixtureRunResult } from '../check-fixture.js';
import { MOST_FINDINGS_LISTED } from '../file-checks.js';
import type { Output } from '../result.js';
import type { ScanRunResult } from '../scan.js';
import type { ValidateRunResult } from '../validate.js';
import type { VerifyRunResult } from '../verify-packet.js';
import { fileErrorMessage } from './file-error.js';

const lines = (text: readonly string[]): Output => ({ type: 'lines', lines: text });

/** `scan`: one line per document, then its findings indented. */
export function scanText({ files }: ScanRunResult): Output {
  const out: string[] = [];
  for (const { path, findings, omittedFindings, error } of files) {
    out.push(
      `${error ? 'ERROR' : findings.length > 0 ? 'FAIL ' : 'OK   '} ${path}${error ? `: ${fileErrorMessage(error)}` : ''}`,
    );
    for (const finding of findings) out.push(`  ${describeFinding(finding)}`);
    if (omittedFindings) out.push(`  ${describeOmitted(omittedFindings)}`);
  }
  const findings = files.reduce((sum, file) => sum + file.findings.length + (file.omittedFindings ?? 0), 0);
  const failed = files.filter((file) => file.findings.length > 0).length;
  const errors = files.filter((file) => file.error).length;
  out.push(`${files.length} documents scanned: ${findings} findings in ${failed} documents, ${errors} unreadable`);
  return lines(out);
}

/** `validate`: one line per document (status, path, kind, id), then its errors and findings indented. */
export function validateText({ documents }: ValidateRunResult): Output {
  const out: string[] = [];
  for (const document of documents) {
    const status = document.unreadable ? 'ERROR' : document.ok ? 'OK   ' : 'FAIL ';
    out.push(`${status} ${document.path}  ${document.kind ?? '(unknown kind)'}  ${document.id ?? '(no id)'}`);
    for (const error of document.errors)
      out.push(`  error    ${error.code}  ${error.pointer || '/'}  ${fileErrorMessage(error)}`);
    for (const finding of document.findings) out.push(`  finding  ${describeFinding(finding)}`);
    if (document.omittedFindings) out.push(`  finding  ${describeOmitted(document.omittedFindings)}`);
  }
  const failed = documents.filter((document) => !document.ok).length;
  out.push(`${documents.length} documents checked: ${documents.length - failed} OK, ${failed} failed`);
  return lines(out);
}

/** One finding on one line; it shows the redacted form only, never the value. */
export function describeFinding(finding: Finding): string {
  const shadowed = finding.shadowed ? ' (shadowed duplicate member)' : '';
  return `${finding.line}:${finding.column}  ${finding.class}  ${finding.rule}  ${finding.pointer || '/'}  ${finding.redacted}${shadowed}`;
}

/** The line that stands for the findings of a file past the first `MOST_FINDINGS_LISTED`. */
export function describeOmitted(count: number): string {
  const findings = count === 1 ? 'finding' : 'findings';
  return `… and ${count} more ${findings}, not listed (a file lists its first ${MOST_FINDINGS_LISTED} and the first of each other class)`;
}

/** `verify-packet`: the verdict, then each check and every reason. */
export function verifyText({ packetPath, verification }: VerifyRunResult): Output {
  return { type: 'text', draw: (options) => formatVerificationText(packetPath, verification, options) };
}

/** `check-fixture`: one line per clause, with its reasons. */
export function fixtureText({ check }: FixtureRunResult): Output {
  const out: string[] = [];
  for (const clause of check.clauses) {
    out.push(`${clause.ok ? 'OK  ' : 'FAIL'} ${clause.clause}`);
    for (const reason of clause.reasons) out.push(`     ${reason.code}: ${renderProblem(reason)}`);
  }
  out.push(check.ok ? 'fixture passes every clause' : 'fixture fails at least one clause');
  return lines(out);
}
