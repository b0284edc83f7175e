import type { ArgsDef } from 'citty';
import { checkDocument, type Finding } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { annotationsOf } from './github.js';
import { scanPath } from './path-scan.js';
import { validateJson } from './render/json.js';
import { validateText } from './render/text.js';
import type { CommandResult } from './result.js';
import { readInputFiles } from './scan-inputs.js';

const ARGS = {
  paths: { type: 'positional', description: 'files or directories (read recursively for *.json)', required: false },
} satisfies ArgsDef;

export interface ValidatedFile {
  readonly path: string;
  readonly kind: string | null;
  readonly id: string | null;
  readonly ok: boolean;
  readonly errors: readonly { readonly code: string; readonly pointer: string; readonly message: string }[];
  readonly findings: readonly Finding[];
  /** Unreadable, unparsable or too large: an I/O error, exit 2. */
  readonly unreadable: boolean;
}

export interface ValidateRunResult extends CommandResult {
  readonly documents: readonly ValidatedFile[];
}

export default defineCliCommand({
  meta: { name: 'validate', description: 'Check schema, consistency and privacy of evidence documents (spec §10).' },
  args: ARGS,
  formats: { text: validateText, json: validateJson },
  async run(args, context): Promise<ValidateRunResult> {
    const documents: ValidatedFile[] = [];
    for await (const input of readInputFiles(args.positionals, context)) {
      const nameFindings = scanPath(input.path, context);
      if ('error' in input) {
        const errors = [{ code: 'io-error', pointer: '', message: input.error.reason }];
        const base = { path: input.path, kind: null, id: null, ok: false, errors };
        documents.push({ ...base, findings: nameFindings, unreadable: true });
        continue;
      }
      const check = checkDocument(input.text);
      context.withhold(check.withheld);
      // An id that is itself a finding is withheld; every other field of the check is already value-free.
      const idIsFinding = check.findings.some((finding) => finding.pointer === '/id');
      documents.push({
        path: input.path,
        kind: check.kind ?? null,
        id: idIsFinding ? null : (check.id ?? null),
        ok: check.ok && nameFindings.length === 0,
        errors: check.errors.map(({ code, pointer, message }) => ({ code, pointer, message })),
        findings: [...nameFindings, ...check.findings],
        unreadable: check.errors.some((error) => error.code.startsWith('json-')),
      });
    }
    const unreadable = documents.some((document) => document.unreadable);
    const outcome = unreadable ? 'usage-error' : documents.every((d) => d.ok) ? 'ok' : 'not-acceptable';
    return { outcome, documents };
  },
  report: (result) => ({ annotations: annotationsOf(result.documents) }),
});
