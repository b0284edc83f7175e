import { type Comparable, diffReleases } from '../diff/index.js';
import { formatDiffMarkdown, formatDiffText, formatJson } from '../format/index.js';
import { checkDocument } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK, InputError, UsageError } from './errors.js';
import { readTextFile, writeStdout } from './io.js';
import { chosenFormat, textOptionsFor } from './terminal.js';

const COMPARABLE_KINDS = ['release-readiness', 'release-packet'];

export default defineCliCommand({
  meta: {
    name: 'diff',
    description: 'What changed between two releases: two release-readiness or release-packet documents.',
  },
  args: {
    old: { type: 'positional', description: 'the earlier document', valueHint: 'OLD', required: false },
    new: { type: 'positional', description: 'the later document', valueHint: 'NEW', required: false },
    format: {
      type: 'enum',
      options: ['text', 'json', 'markdown'],
      description: 'output format (default: text on a terminal, else json)',
    },
  },
  async run(args) {
    if (args.positionals.length !== 2) throw new UsageError('diff takes exactly two files: OLD NEW');
    const [oldPath, newPath] = args.positionals as [string, string];
    const diff = diffReleases(await readComparable(oldPath), await readComparable(newPath));
    const format = chosenFormat(args.values.format, process.stdout);
    if (format === 'text') writeStdout(formatDiffText(diff, textOptionsFor(process.stdout, process.env)));
    else if (format === 'markdown') writeStdout(formatDiffMarkdown(diff));
    else writeStdout(formatJson(diff));
    return diff.changed ? EXIT_NOT_ACCEPTABLE : EXIT_OK;
  },
});

/**
 * Each side must be a valid, privacy-clean readiness or packet: anything else is bad input (exit 2, the file named,
 * issue codes only), so a diff never compares, or repeats, a document nobody could trust.
 */
async function readComparable(path: string): Promise<Comparable> {
  const check = checkDocument(await readTextFile(path));
  if (check.findings.length > 0) throw new InputError(path, `${check.findings.length} privacy findings; not compared`);
  if (!check.ok) {
    const codes = [...new Set(check.errors.map((issue) => issue.code))].sort().join(', ');
    throw new InputError(path, `not a valid contract document (${codes})`);
  }
  const kind = (check.value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !COMPARABLE_KINDS.includes(kind)) {
    throw new InputError(path, 'is neither a release-readiness nor a release-packet');
  }
  return check.value as Comparable;
}
