import { resolve } from 'node:path';
import { formatJson, formatVerificationText } from '../format/index.js';
import { parseJson } from '../json/index.js';
import { verifyPacket } from '../packet/index.js';
import type { InputDocument } from '../readiness/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK, InputError, UsageError } from './errors.js';
import { collectJsonFiles, readTextFile, writeStdout } from './io.js';
import { textOptionsFor } from './terminal.js';

const FORMATS = ['text', 'json'] as const;

export default defineCliCommand({
  meta: { name: 'verify-packet', description: 'Check a release-packet against the evidence files it names.' },
  args: {
    packet: { type: 'positional', description: 'the release-packet file', valueHint: 'FILE', required: false },
    evidence: {
      type: 'string',
      description: 'evidence files or directories (every following path counts)',
      valueHint: 'PATH…',
    },
    format: { type: 'enum', options: [...FORMATS], default: 'text', description: 'output format' },
  },
  variadic: ['evidence'],
  async run(args) {
    if (args.positionals.length !== 1)
      throw new UsageError('verify-packet takes exactly one packet FILE before --evidence');
    const packetPath = args.positionals[0] as string;
    const evidencePaths = args.lists.evidence ?? [];
    if (evidencePaths.length === 0) throw new UsageError('option --evidence needs at least one path');
    const packet = await readPacketText(packetPath);
    const documents = await readEvidence(evidencePaths, packetPath);
    const result = await verifyPacket(packet, documents);
    const text = () => formatVerificationText(packetPath, result, textOptionsFor(process.stdout, process.env));
    writeStdout(args.values.format === 'json' ? formatJson(result) : text());
    return result.ok ? EXIT_OK : EXIT_NOT_ACCEPTABLE;
  },
});

/** The packet's text, once it is known to parse: bad JSON is an input error (exit 2), the rest is verification. */
async function readPacketText(path: string): Promise<string> {
  const text = await readTextFile(path);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new InputError(path, `not a JSON document (${parsed.error.code})`);
  // The text, not the parsed value, goes on: only the text shows a duplicate member that parsing would hide.
  return text;
}

/**
 * Verification must see exactly the files that were packed, so unlike `readiness` an unreadable path is an I/O
 * error (exit 2) rather than an invalid input. The packet file itself is skipped when it sits among the evidence.
 */
async function readEvidence(paths: readonly string[], packetPath: string): Promise<InputDocument[]> {
  const collected = await collectJsonFiles(paths);
  const [firstError] = collected.errors;
  if (firstError) throw firstError;
  const packetFile = resolve(packetPath);
  const documents: InputDocument[] = [];
  for (const file of collected.files) {
    if (resolve(file) !== packetFile) documents.push({ text: await readTextFile(file) });
  }
  return documents;
}
