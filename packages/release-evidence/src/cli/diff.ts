import { type Comparable, diffReleases, type ReleaseDiff } from '../diff/index.js';
import { formatDiffMarkdown, formatDiffText } from '../format/index.js';
import { checkDocument } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { InputError, UsageError } from './errors.js';
import { readTextFile } from './io.js';
import { canonicalJson } from './render/json.js';
import type { CommandResult } from './result.js';
import type { RunContext } from './sink.js';

const COMPARABLE_KINDS = ['release-readiness', 'release-packet'];

interface DiffRunResult extends CommandResult {
  readonly diff: ReleaseDiff;
}

export default defineCliCommand({
  meta: {
    name: 'diff',
    description: 'What changed between two releases: two release-readiness or release-packet documents.',
  },
  options: {},
  positionals: [
    { name: 'OLD', description: 'the earlier document', required: true },
    { name: 'NEW', description: 'the later document', required: true },
  ],
  formats: {
    json: (result: DiffRunResult) => canonicalJson(result.diff),
    text: (result: DiffRunResult) => ({ type: 'text', draw: (options) => formatDiffText(result.diff, options) }),
    markdown: (result: DiffRunResult) => ({ type: 'markdown', text: formatDiffMarkdown(result.diff) }),
  },
  defaultFormat: (terminal) => (terminal ? 'text' : 'json'),
  async run(args, context): Promise<DiffRunResult> {
    if (args.positionals.length !== 2) throw new UsageError('diff takes exactly two files: OLD NEW');
    const [oldPath = '', newPath = ''] = args.positionals;
    const diff = diffReleases(await readComparable(oldPath, context), await readComparable(newPath, context));
    // Exit 0 when nothing changed, 1 when something did (like `diff(1)`), 2 for bad input.
    return { outcome: diff.changed ? 'not-acceptable' : 'ok', diff };
  },
});

/**
 * Each side must be a valid, privacy-clean readiness or packet: anything else is bad input (exit 2, the file named,
 * issue codes only), so a diff never compares, or repeats, a document nobody could trust.
 */
async function readComparable(path: string, context: RunContext): Promise<Comparable> {
  context.processing(path);
  const check = checkDocument(await readTextFile(path, context));
  context.withhold(check.withheld);
  if (check.findings.length > 0) throw new InputError('diff-input-findings', { path, findings: check.findings.length });
  if (!check.ok) throw new InputError('diff-input-invalid', { path, issues: check.errors.map((issue) => issue.code) });
  const kind = (check.value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !COMPARABLE_KINDS.includes(kind)) {
    throw new InputError('diff-input-kind', { path });
  }
  return check.value as Comparable;
}
