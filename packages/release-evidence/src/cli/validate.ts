import { defineCliCommand } from './command.js';
import type { ValidatedFile } from './file-checks.js';
import { annotationsOf } from './github.js';
import { checkFiles } from './pool.js';
import { validateJson } from './render/json.js';
import { validateText } from './render/text.js';
import type { CommandResult } from './result.js';

export type { ValidatedFile } from './file-checks.js';

export interface ValidateRunResult extends CommandResult {
  readonly documents: readonly ValidatedFile[];
}

export default defineCliCommand({
  meta: { name: 'validate', description: 'Check schema, consistency and privacy of evidence documents (spec §10).' },
  options: {},
  positionals: [{ name: 'PATHS', description: 'files or directories (read recursively for *.json)', variadic: true }],
  formats: { text: validateText, json: validateJson },
  async run(args, context): Promise<ValidateRunResult> {
    const documents: ValidatedFile[] = [];
    for await (const document of checkFiles('validate', args.positionals, context)) documents.push(document);
    const unreadable = documents.some((document) => document.unreadable);
    const outcome = unreadable ? 'usage-error' : documents.every((d) => d.ok) ? 'ok' : 'not-acceptable';
    return { outcome, documents };
  },
  report: (result) => ({ annotations: annotationsOf(result.documents) }),
});
