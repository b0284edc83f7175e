import type { ArgsDef } from 'citty';
import { type Finding, scanText } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { annotationsOf } from './github.js';
import { scanPath } from './path-scan.js';
import { scanJson } from './render/json.js';
import { scanSarif } from './render/sarif.js';
import { scanText as renderScanText } from './render/text.js';
import type { CommandResult, Outcome } from './result.js';
import { readInputFiles } from './scan-inputs.js';

const ARGS = {
  paths: { type: 'positional', description: 'files or directories (read recursively for *.json)', required: false },
} satisfies ArgsDef;

export interface ScannedFile {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Why the file could not be read or parsed; its raw text is still scanned when it could be read. */
  readonly error?: { readonly code: string; readonly message: string };
}

export interface ScanRunResult extends CommandResult {
  readonly files: readonly ScannedFile[];
}

export default defineCliCommand({
  meta: { name: 'scan', description: 'Privacy-scan evidence documents (spec §8); exits 1 on any finding.' },
  args: ARGS,
  formats: { text: renderScanText, json: scanJson, sarif: scanSarif },
  async run(args, context): Promise<ScanRunResult> {
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
