import type { ArgsDef } from 'citty';
import { githubAnnotations } from '../format/index.js';
import {
  describeShape,
  type Finding,
  RULES,
  renderRuleList,
  ruleHelpUri,
  scanText,
  toSarif,
} from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK, EXIT_USAGE } from './errors.js';
import { findingsByFile, reportToGitHub } from './github.js';
import { writeStdout } from './io.js';
import { readInputFiles, repositoryPath } from './scan-inputs.js';
import { VERSION } from './version.js';

const ARGS = {
  paths: { type: 'positional', description: 'files or directories (read recursively for *.json)', required: false },
  format: { type: 'enum', options: ['text', 'json', 'sarif'], default: 'text', description: 'output format' },
  rules: { type: 'boolean', description: 'print the rule catalogue (id, class, title) instead of scanning' },
} satisfies ArgsDef;

interface ScannedFile {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Why the file could not be read or parsed; its raw text is still scanned when it could be read. */
  readonly error?: { readonly code: string; readonly message: string };
}

export default defineCliCommand({
  meta: { name: 'scan', description: 'Privacy-scan evidence documents (spec §8); exits 1 on any finding.' },
  args: ARGS,
  async run(args) {
    if (args.values.rules) {
      writeStdout(args.values.format === 'json' ? formatRulesJson() : renderRuleList(RULES));
      return EXIT_OK;
    }
    const scanned: ScannedFile[] = [];
    for await (const input of readInputFiles(args.positionals)) {
      if ('error' in input) {
        scanned.push({ path: input.path, findings: [], error: { code: 'io-error', message: input.error.reason } });
        continue;
      }
      const result = scanText(input.text);
      const error = result.error && { code: result.error.code, message: describeParseError(result.error) };
      scanned.push(
        error
          ? { path: input.path, findings: result.findings, error }
          : { path: input.path, findings: result.findings },
      );
    }
    const format = String(args.values.format ?? 'text');
    // Workflow commands go to stderr so that stdout stays exactly one document.
    const annotations = githubAnnotations(
      undefined,
      findingsByFile(
        scanned,
        scanned.map((file) => file.path),
      ),
    );
    await reportToGitHub({ annotations }, { annotationStream: 'stderr' });
    writeStdout(
      format === 'json'
        ? formatScanJson(scanned)
        : format === 'sarif'
          ? formatScanSarif(scanned)
          : formatScanText(scanned),
    );
    if (scanned.some((file) => file.error)) return EXIT_USAGE;
    return scanned.some((file) => file.findings.length > 0) ? EXIT_NOT_ACCEPTABLE : EXIT_OK;
  },
});

/** `scan --rules --format json`: the catalogue without its samples. */
function formatRulesJson(): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    class: rule.class,
    title: rule.title,
    description: rule.description,
    shape: describeShape(rule),
    helpUri: ruleHelpUri(rule),
  }));
  return JSON.stringify({ rules }, null, 2);
}

function describeParseError(error: { message: string; position?: { line: number; column: number } }): string {
  return error.position
    ? `${error.message} (line ${error.position.line}, column ${error.position.column})`
    : error.message;
}

export function formatScanJson(scanned: readonly ScannedFile[]): string {
  const findings = scanned.flatMap(({ path, findings }) => findings.map((finding) => ({ path, ...finding })));
  const errors = scanned.flatMap(({ path, error }) => (error ? [{ path, ...error }] : []));
  const ok = findings.length === 0 && errors.length === 0;
  return JSON.stringify({ ok, findings, errors }, null, 2);
}

function formatScanSarif(scanned: readonly ScannedFile[]): string {
  const inputs = scanned.map(({ path, findings }) => ({ path: repositoryPath(path), findings }));
  return JSON.stringify(toSarif(inputs, VERSION), null, 2);
}

/** For people: one line per document, then its findings indented. */
export function formatScanText(scanned: readonly ScannedFile[]): string {
  const lines: string[] = [];
  for (const { path, findings, error } of scanned) {
    lines.push(
      `${error ? 'ERROR' : findings.length > 0 ? 'FAIL ' : 'OK   '} ${path}${error ? `: ${error.message}` : ''}`,
    );
    for (const finding of findings) lines.push(`  ${describeFinding(finding)}`);
  }
  const findings = scanned.reduce((sum, file) => sum + file.findings.length, 0);
  const failed = scanned.filter((file) => file.findings.length > 0).length;
  const errors = scanned.filter((file) => file.error).length;
  lines.push(`${scanned.length} documents scanned: ${findings} findings in ${failed} documents, ${errors} unreadable`);
  return lines.join('\n');
}

/** One finding on one line; it shows the redacted form only, never the value. */
export function describeFinding(finding: Finding): string {
  const shadowed = finding.shadowed ? ' (shadowed duplicate member)' : '';
  return `${finding.line}:${finding.column}  ${finding.class}  ${finding.rule}  ${finding.pointer || '/'}  ${finding.redacted}${shadowed}`;
}
