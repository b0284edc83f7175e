import type { ArgsDef } from 'citty';
import { githubAnnotations } from '../format/index.js';
import { checkDocument, type Finding } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK, EXIT_USAGE } from './errors.js';
import { findingsByFile, reportToGitHub } from './github.js';
import { writeStdout } from './io.js';
import { describeFinding } from './scan.js';
import { readInputFiles } from './scan-inputs.js';

const ARGS = {
  paths: { type: 'positional', description: 'files or directories (read recursively for *.json)', required: false },
  format: { type: 'enum', options: ['text', 'json'], default: 'text', description: 'output format' },
} satisfies ArgsDef;

interface ValidatedFile {
  readonly path: string;
  readonly kind: string | null;
  readonly id: string | null;
  readonly ok: boolean;
  readonly errors: readonly { readonly code: string; readonly pointer: string; readonly message: string }[];
  readonly findings: readonly Finding[];
  /** Unreadable, unparsable or too large: an I/O error, exit 2. */
  readonly unreadable: boolean;
}

export default defineCliCommand({
  meta: { name: 'validate', description: 'Check schema, consistency and privacy of evidence documents (spec §10).' },
  args: ARGS,
  async run(args) {
    const documents: ValidatedFile[] = [];
    for await (const input of readInputFiles(args.positionals)) {
      if ('error' in input) {
        const errors = [{ code: 'io-error', pointer: '', message: input.error.reason }];
        documents.push({ path: input.path, kind: null, id: null, ok: false, errors, findings: [], unreadable: true });
        continue;
      }
      const check = checkDocument(input.text);
      // An id that is itself a finding is withheld; every other field of the check is already value-free.
      const idIsFinding = check.findings.some((finding) => finding.pointer === '/id');
      documents.push({
        path: input.path,
        kind: check.kind ?? null,
        id: idIsFinding ? null : (check.id ?? null),
        ok: check.ok,
        errors: check.errors.map(({ code, pointer, message }) => ({ code, pointer, message })),
        findings: check.findings,
        unreadable: check.errors.some((error) => error.code.startsWith('json-')),
      });
    }
    // Workflow commands go to stderr so that stdout stays exactly one document.
    const annotations = githubAnnotations(
      undefined,
      findingsByFile(
        documents,
        documents.map((file) => file.path),
      ),
    );
    await reportToGitHub({ annotations }, { annotationStream: 'stderr' });
    writeStdout(args.values.format === 'json' ? formatValidateJson(documents) : formatValidateText(documents));
    if (documents.some((document) => document.unreadable)) return EXIT_USAGE;
    return documents.every((document) => document.ok) ? EXIT_OK : EXIT_NOT_ACCEPTABLE;
  },
});

function formatValidateJson(documents: readonly ValidatedFile[]): string {
  const ok = documents.every((document) => document.ok);
  const shown = documents.map(({ unreadable: _unreadable, ...document }) => document);
  return JSON.stringify({ ok, documents: shown }, null, 2);
}

/** For people: one line per document (status, path, kind, id), then its errors and findings indented. */
function formatValidateText(documents: readonly ValidatedFile[]): string {
  const lines: string[] = [];
  for (const document of documents) {
    const status = document.unreadable ? 'ERROR' : document.ok ? 'OK   ' : 'FAIL ';
    lines.push(`${status} ${document.path}  ${document.kind ?? '(unknown kind)'}  ${document.id ?? '(no id)'}`);
    for (const error of document.errors)
      lines.push(`  error    ${error.code}  ${error.pointer || '/'}  ${error.message}`);
    for (const finding of document.findings) lines.push(`  finding  ${describeFinding(finding)}`);
  }
  const failed = documents.filter((document) => !document.ok).length;
  lines.push(`${documents.length} documents checked: ${documents.length - failed} OK, ${failed} failed`);
  return lines.join('\n');
}
