import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatJson, formatPacketText, formatReadinessMarkdown, githubAnnotations } from '../format/index.js';
import { DEFAULT_MAX_BYTES, parseJson, utf8Length } from '../json/index.js';
import { buildPacket } from '../packet/index.js';
import { defineCliCommand } from './command.js';
import { InputError, UsageError } from './errors.js';
import { findingsByFile, reportToGitHub } from './github.js';
import { writeStderr, writeStdout } from './io.js';
import { loadReadinessInputs, READINESS_ARGS, type ReadinessInputs, reportInvalidEvidence } from './policy.js';
import { readinessExitCode } from './readiness.js';
import { textOptionsFor } from './terminal.js';

export default defineCliCommand({
  meta: {
    name: 'packet',
    description: 'Build a release-packet: the candidate, its readiness and a digest per document.',
  },
  args: {
    ...READINESS_ARGS,
    out: { type: 'string', description: 'where to write the packet (JSON)', valueHint: 'FILE' },
    markdown: { type: 'string', description: 'also write the readiness summary as Markdown', valueHint: 'FILE' },
    format: {
      type: 'enum',
      options: ['text', 'json'],
      description: 'also print the text view or the packet JSON on stdout (default: text on a terminal, else nothing)',
    },
  },
  variadic: ['evidence'],
  async run(args) {
    const out = args.values.out;
    if (typeof out !== 'string') throw new UsageError('option --out is required');
    const markdownPath = typeof args.values.markdown === 'string' ? args.values.markdown : undefined;
    const inputs = withoutFile(await loadReadinessInputs(args), out);
    const { packet, readiness, checks } = await buildPacket(inputs);
    reportInvalidEvidence(inputs.paths, checks);
    const markdown = formatReadinessMarkdown(readiness, { artifacts: packet.artifacts });
    const packetText = formatJson(packet, { pretty: true });
    await writeOutput(out, packetText);
    if (utf8Length(packetText) > DEFAULT_MAX_BYTES) {
      // Still written, so nothing is lost, but a packet over the document limit cannot be read back by verify-packet.
      writeStderr(
        `warning: ${out} is larger than ${DEFAULT_MAX_BYTES} bytes, the document limit; verify-packet will refuse it`,
      );
    }
    if (markdownPath !== undefined) await writeOutput(markdownPath, markdown);
    const annotations = githubAnnotations(readiness, findingsByFile(checks, inputs.paths));
    await reportToGitHub({ markdown, annotations });
    // Off a terminal stdout stays empty unless asked, as before: the packet is in --out.
    const format = args.values.format ?? (process.stdout.isTTY ? 'text' : undefined);
    if (format === 'text') writeStdout(formatPacketText(packet, textOptionsFor(process.stdout, process.env)));
    if (format === 'json') writeStdout(packetText);
    writeStderr(
      `packet ${out}: verdict ${readiness.verdict}, ${packet.artifacts.length} artifacts, ${packet.packetDigest}`,
    );
    return readinessExitCode(readiness.verdict);
  },
});

/**
 * A packet from an earlier run that sits among the evidence is this command's output, not its input. Any other
 * document at that path is evidence: it is neither dropped nor overwritten.
 */
function withoutFile(inputs: ReadinessInputs, file: string): ReadinessInputs {
  const isOut = (path: string): boolean => resolve(path) === resolve(file);
  const replaced = inputs.paths.findIndex(isOut);
  if (replaced !== -1 && !isReplaceable(inputs.documents[replaced]?.text)) {
    throw new InputError(file, '--out names an evidence file that is not a release-packet; it is left as it is');
  }
  const kept = inputs.paths.flatMap((path, index) => (isOut(path) ? [] : [index]));
  return {
    ...inputs,
    documents: kept.map((index) => inputs.documents[index] as ReadinessInputs['documents'][number]),
    paths: kept.map((index) => inputs.paths[index] as string),
  };
}

/** An earlier packet, or a file with nothing usable in it (empty, or unreadable: too large, not UTF-8). */
function isReplaceable(text: string | undefined): boolean {
  if (text === undefined || text === '') return true;
  const parsed = parseJson(text);
  return parsed.ok && parsed.value.kind === 'release-packet';
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch {
    throw new InputError(path, 'cannot be written');
  }
}
