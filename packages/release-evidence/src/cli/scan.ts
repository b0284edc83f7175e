import { describeShape, RULES, type Rule, renderRuleList, ruleHelpUri } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import type { ScannedFile } from './file-checks.js';
import { annotationsOf } from './github.js';
import { checkFiles } from './pool.js';
import { scanJson } from './render/json.js';
import { scanSarif } from './render/sarif.js';
import { scanText as renderScanText } from './render/text.js';
import type { CommandResult, Outcome, Output } from './result.js';

export type { ScannedFile } from './file-checks.js';

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
  options: {
    rules: { type: 'boolean', description: 'print the rule catalogue (id, class, title) instead of scanning' },
  },
  positionals: [{ name: 'PATHS', description: 'files or directories (read recursively for *.json)', variadic: true }],
  formats: {
    text: (result) => (result.catalogue ? rulesText(result.catalogue) : renderScanText(result)),
    json: (result) => (result.catalogue ? rulesJson(result.catalogue) : scanJson(result)),
    sarif: scanSarif,
  },
  async run(args, context): Promise<ScanRunResult> {
    if (args.values.rules) return { outcome: 'ok', files: [], catalogue: RULES };
    const files: ScannedFile[] = [];
    for await (const file of checkFiles('scan', args.positionals, context)) files.push(file);
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
