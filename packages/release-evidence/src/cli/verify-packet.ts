import { resolve } from 'node:path';
import { parseJson } from '../json/index.js';
import { type PacketVerification, verifyPacket } from '../packet/index.js';
import { scanText } from '../privacy/index.js';
import type { InputDocument } from '../readiness/index.js';
import { defineCliCommand } from './command.js';
import { InputError, UsageError } from './errors.js';
import { collectJsonFiles, readTextFile } from './io.js';
import { EVIDENCE_OPTION } from './readiness-inputs.js';
import { verifyJson } from './render/json.js';
import { verifyText } from './render/text.js';
import type { CommandResult } from './result.js';
import type { RunContext } from './sink.js';

export interface VerifyRunResult extends CommandResult {
  readonly packetPath: string;
  readonly verification: PacketVerification;
}

export default defineCliCommand({
  meta: { name: 'verify-packet', description: 'Check a release-packet against the evidence files it names.' },
  options: { evidence: EVIDENCE_OPTION },
  positionals: [{ name: 'PACKET', description: 'the release-packet file', required: true }],
  formats: { text: verifyText, json: verifyJson },
  async run(args, context): Promise<VerifyRunResult> {
    if (args.positionals.length !== 1)
      throw new UsageError('verify-packet takes exactly one packet FILE before --evidence');
    const [packetPath = ''] = args.positionals;
    const evidencePaths = args.values.evidence;
    if (evidencePaths.length === 0) throw new UsageError('option --evidence needs at least one path');
    const packet = await readPacketText(packetPath, context);
    const documents = await readEvidence(evidencePaths, packetPath, context);
    context.processing(undefined);
    const verification = await verifyPacket(packet, documents);
    return { outcome: verification.ok ? 'ok' : 'not-acceptable', packetPath, verification };
  },
});

/** The packet's text, once it is known to parse: bad JSON is an input error (exit 2), the rest is verification. */
async function readPacketText(path: string, context: RunContext): Promise<string> {
  const text = await readScannedFile(path, context);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new InputError('input-not-json', { path, cause: parsed.error.code });
  // The text, not the parsed value, goes on: only the text shows a duplicate member that parsing would hide.
  return text;
}

/**
 * Verification must see exactly the files that were packed, so unlike `readiness` an unreadable path is an I/O
 * error (exit 2) rather than an invalid input. The packet file itself is skipped when it sits among the evidence.
 */
async function readEvidence(
  paths: readonly string[],
  packetPath: string,
  context: RunContext,
): Promise<InputDocument[]> {
  const collected = await collectJsonFiles(paths, context);
  const [firstError] = collected.errors;
  if (firstError) throw firstError;
  const packetFile = resolve(packetPath);
  const documents: InputDocument[] = [];
  for (const file of collected.files) {
    if (resolve(file) !== packetFile) documents.push({ text: await readScannedFile(file, context) });
  }
  return documents;
}

/** Verification reports findings only by count; the scan here tells the sink which values to withhold. */
async function readScannedFile(path: string, context: RunContext): Promise<string> {
  const text = await readTextFile(path, context);
  context.withhold(scanText(text).withheld);
  return text;
}
