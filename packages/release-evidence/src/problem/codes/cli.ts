import { type CodeEntry, defineCodes, type Show } from '../entry.js';
import { type Args, argList, argText, labelAt, shownArg } from './arg-text.js';

// Codes of inputs the CLI cannot use (exit 2, spec §10). Every one carries the `path` it is about; the sentence is the
// reason only, and the CLI writes it after the path (`error: PATH: reason`). Nothing here quotes a file's contents.

const words = (table: Readonly<Record<string, string>>, fallback: string) => (args: Args, name: string) =>
  Object.hasOwn(table, argText(args, name)) ? (table[argText(args, name)] as string) : fallback;

/** Why the file system refused a path, by cause (named from the error code, never from its message). */
const fsCause = words(
  {
    missing: 'no such file or directory (or a dangling symbolic link)',
    permission: 'permission denied',
    directory: 'is a directory',
    'not-directory': 'a path component is not a directory',
    loop: 'symbolic link loop',
  },
  'cannot be read',
);

const notFile = words(
  {
    directory: 'is a directory',
    fifo: 'is a FIFO, not a regular file',
    socket: 'is a socket, not a regular file',
    device: 'is a device, not a regular file',
  },
  'not a regular file',
);

/** `code at pointer` for parallel lists of codes and pointers, each once, in code-unit order. */
const located = (args: Args, codes: string, pointers: string, suffix: string, show: Show): string[] => {
  const at = argList(args, pointers);
  const each = argList(args, codes).map((code, index) => labelAt(`${show(code)}${suffix}`, at[index] ?? '', show));
  return [...new Set(each)].sort();
};

/** A document's issues and findings, by code, class and pointer only: at most five, and how many more. */
const summary = (args: Args, show: Show): string => {
  const problems = [
    ...located(args, 'issues', 'issuePointers', '', show),
    ...located(args, 'findings', 'findingPointers', ' finding', show),
  ];
  const unique = [...new Set(problems)].sort();
  const shown = unique.slice(0, 5).join('; ');
  // Findings the check did not list (past the first 1,000 of a file) are among the more.
  const omitted = typeof args.omittedFindings === 'number' ? args.omittedFindings : 0;
  const more = Math.max(unique.length - 5, 0) + omitted;
  return more > 0 ? `${shown}; and ${more} more` : shown;
};

/** The arguments of `summary`: parallel lists of issue codes and pointers, finding classes and pointers. */
const SUMMARY = {
  issues: 'list',
  issuePointers: 'list',
  findings: 'list',
  findingPointers: 'list',
  'omittedFindings?': 'number',
} as const;

const input = (meaning: string, render: CodeEntry['render'], args: CodeEntry['args'] = {}): CodeEntry => ({
  severity: 'error',
  meaning,
  args: { path: 'string', ...args },
  render,
});

/** Codes of the cli domain: an input file or output path the CLI cannot use. */
export const CLI_CODES = defineCodes({
  'input-unreadable': input(
    'the path cannot be read (cause: missing, permission, directory, not-directory, loop or other)',
    (args) => fsCause(args, 'cause'),
    { cause: 'string' },
  ),
  'input-not-file': input(
    'the path is not a regular file (type: directory, fifo, socket, device or other)',
    (args) => notFile(args, 'type'),
    { type: 'string' },
  ),
  'input-too-large': input(
    'the file is larger than the size limit, so it is not read',
    (args, show) => `file is larger than the limit of ${shownArg(args, 'limit', show)} bytes`,
    { limit: 'number' },
  ),
  'input-not-utf8': input('the file is not valid UTF-8', () => 'file is not valid UTF-8'),
  'directory-loop': input(
    'a symbolic link makes the directory contain itself',
    () => 'symbolic link loop: the directory contains itself',
  ),
  'directory-unlistable': input(
    'the directory cannot be listed (cause as for input-unreadable)',
    (args) => `directory cannot be listed: ${fsCause(args, 'cause')}`,
    { cause: 'string' },
  ),
  'input-not-json': input(
    'the packet or fixture is not a JSON document (cause: the parse error code)',
    (args, show) => `not a JSON document (${shownArg(args, 'cause', show)})`,
    { cause: 'string' },
  ),
  'evidence-not-json': input(
    'an evidence file is not usable as JSON (cause: the parse error code)',
    (args, show) => `not usable as JSON (${shownArg(args, 'cause', show)})`,
    { cause: 'string' },
  ),
  'candidate-invalid': input(
    'the candidate is not a valid, privacy-clean release-candidate (its issue codes, finding classes and pointers)',
    (args, show) => `not a valid, privacy-clean release-candidate (${summary(args, show)})`,
    SUMMARY,
  ),
  'policy-findings': input(
    'the policy file holds privacy findings (their classes and pointers)',
    (args, show) => `not privacy-clean (${summary(args, show)})`,
    SUMMARY,
  ),
  'policy-not-json': input(
    'the policy file is not JSON (cause: the parse error code)',
    (args, show) => `not a JSON policy (${shownArg(args, 'cause', show)})`,
    { cause: 'string' },
  ),
  'policy-invalid': input(
    'the policy is not a valid policy (its issue codes and pointers)',
    (args, show) => `not a valid policy (${located(args, 'issues', 'issuePointers', '', show).join('; ')})`,
    { issues: 'list', issuePointers: 'list' },
  ),
  'diff-input-findings': input(
    'a diff side holds privacy findings, so it is not compared',
    (args, show) => `${shownArg(args, 'findings', show)} privacy findings; not compared`,
    { findings: 'number' },
  ),
  'diff-input-invalid': input(
    'a diff side is not a valid contract document (its issue codes)',
    (args, show) =>
      `not a valid contract document (${[...new Set(argList(args, 'issues'))].sort().map(show).join(', ')})`,
    { issues: 'list' },
  ),
  'diff-input-kind': input(
    'a diff side is neither a release-readiness nor a release-packet',
    () => 'is neither a release-readiness nor a release-packet',
  ),
  'evidence-invalid': {
    severity: 'warning',
    meaning: 'an evidence file is not a valid, privacy-clean document; readiness counts it as invalid input',
    args: { path: 'string', ...SUMMARY },
    render: (args, show) => `invalid (${summary(args, show)})`,
  },
  'evidence-name-finding': {
    severity: 'warning',
    meaning: "an evidence file's name is itself a privacy finding, so the run is not acceptable",
    args: { path: 'string' },
    render: () => 'invalid (a privacy finding in the file name)',
  },
  'output-is-input': input(
    'an output option names an input file, which is left as it is',
    (args, show) => `${shownArg(args, 'option', show)} names an input file; it is left as it is`,
    { option: 'string' },
  ),
  'output-in-evidence': input(
    'an output option names a path inside an evidence directory',
    (args, show) => `${shownArg(args, 'option', show)} is inside an evidence directory`,
    { option: 'string' },
  ),
  'output-same-file': input(
    'two output options name the same file',
    (args, show) => `${shownArg(args, 'option', show)} names the same file as ${shownArg(args, 'other', show)}`,
    { option: 'string', other: 'string' },
  ),
  'output-unwritable': input('an output file cannot be written', () => 'cannot be written'),
  'action-out-unwritable': input(
    "the GitHub Action's out input names a file that cannot be written",
    () => 'cannot be written (the out input)',
  ),
  'action-outputs-unwritable': input(
    'the file GITHUB_OUTPUT names cannot be appended to',
    () => 'GITHUB_OUTPUT names this file, and it cannot be appended to',
  ),
});
