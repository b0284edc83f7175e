import type { ArgsDef } from 'citty';
import {
  describeShape,
  type Finding,
  RULES,
  type Rule,
  renderRuleList,
  ruleHelpUri,
  scanText,
} from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { annotationsOf } from './github.js';
import { scanPath } from './path-scan.js';
import { scanJson } from './render/json.js';
import { scanSarif } from './render/sarif.js';
import { scanText as renderScanText } from './render/text.js';
import type { CommandResult, Outcome, Output } from './result.js';
import { readInputFiles } from './scan-inputs.js';

const ARGS = {
  paths: { type: 'positional', description: 'files or directories (read recursively for *.json)', required: false },
  rules: { type: 'boolean', description: 'print the rule catalogue (id, class, title) instead of scanning' },
} satisfies ArgsDef;

export interface ScannedFile {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Why the file could not be read or parsed; its raw text is still scanned when it could be read. */
  readonly error?: { readonly code: string; readonly message: string };
}

export interface ScanRunResult extends CommandResult {
  readonly files: readonly ScannedFile[];
  /** Set by `--rules`: the catalogue is printed instead of a scan. */
  readonly catalogue?: readonly Rule[];
}

/** `--rules`: one line per rule, or `{ rules: [{ id, class, title, description, shape, helpUri }] }`; no samples. */
const rulesText = (rules: readonly Rule[]): Output => ({ type: 'lines', lines: renderRuleList(rules).split('\n') });
const rulesJson = (rules: readonly Rule[]): Output => ({
  type: 'json',
  value: {
    rules: rules.map((rule) => ({
      id: rule.id,
      class: rule.class,
      title: rule.title,
      description: rule.description,
      shape: describeShape(rule),
      helpUri: ruleHelpUri(rule),
    })),
  },
});

export default defineCliCommand({
  meta: { name: 'scan', description: 'Privacy-scan evidence documents (spec §8); exits 1 on any finding.' },
  args: ARGS,
  formats: {
    text: (result) => (result.catalogue ? rulesText(result.catalogue) : renderScanText(result)),
    json: (result) => (result.catalogue ? rulesJson(result.catalogue) : scanJson(result)),
    sarif: scanSarif,
  },
  async run(args, context): Promise<ScanRunResult> {
    if (args.values.rules) return { outcome: 'ok', files: [], catalogue: RULES };
    const files: ScannedFile[] = [];
    for await (const input of readInputFiles(args.positionals, context)) {
      const nameFindings = scanPath(input.path, context);
      if ('error' in input) {
        const error = { code: 'io-error', message: input.error.reason };
        files.push({ path: input.path, findings: nameFindings, error });
        continue;
      }
      const result = scanText(input.text);
      context.withhold(result.withheld);
      const findings = [...nameFindings, ...result.findings];
      const error = result.error && { code: result.error.code, message: describeParseError(result.error) };
      files.push(error ? { path: input.path, findings, error } : { path: input.path, findings });
    }
    return { outcome: outcomeOf(files), files };
  },
  report: (result) => ({ annotations: annotationsOf(result.files) }),
});

export function outcomeOf(
  files: readonly { readonly findings: readonly unknown[]; readonly error?: unknown }[],
): Outcome {
  if (files.some((file) => file.error)) return 'usage-error';
  return files.some((file) => file.findings.length > 0) ? 'not-acceptable' : 'ok';
}

function describeParseError(error: { message: string; position?: { line: number; column: number } }): string {
  return error.position
    ? `${error.message} (line ${error.position.line}, column ${error.position.column})`
    : error.message;
}
