import type { ReleasePacket } from '../contract/index.js';
import { formatJson } from '../format/index.js';
import { DEFAULT_MAX_BYTES, utf8Length } from '../json/index.js';
import { buildPacket } from '../packet/index.js';
import { defineCliCommand } from './command.js';
import { UsageError } from './errors.js';
import { refuseOverlaps } from './outputs.js';
import { scanPath } from './path-scan.js';
import { loadReadinessInputs, READINESS_ARGS } from './policy.js';
import { judged, type ReadinessRunResult, readinessReport } from './readiness.js';
import { canonicalJson } from './render/json.js';
import { packetMarkdown, readinessSummary } from './render/markdown.js';
import type { FileOutput } from './result.js';

export interface PacketRunResult extends ReadinessRunResult {
  readonly packet: ReleasePacket;
  readonly out: string;
  readonly markdownPath?: string;
}

export default defineCliCommand({
  meta: {
    name: 'packet',
    description: 'Build a release-packet: the candidate, its readiness and a digest per document.',
  },
  args: {
    ...READINESS_ARGS,
    out: { type: 'string', description: 'where to write the packet (JSON)', valueHint: 'FILE' },
    markdown: { type: 'string', description: 'also write the readiness summary as Markdown', valueHint: 'FILE' },
  },
  variadic: ['evidence'],
  formats: {},
  async run(args, context): Promise<PacketRunResult> {
    const out = args.values.out;
    if (typeof out !== 'string') throw new UsageError('option --out is required');
    const markdownPath = typeof args.values.markdown === 'string' ? args.values.markdown : undefined;
    scanPath(out, context);
    if (markdownPath !== undefined) scanPath(markdownPath, context);
    const inputs = await loadReadinessInputs(args, context);
    const outputs = [{ option: '--out', path: out }];
    if (markdownPath !== undefined) outputs.push({ option: '--markdown', path: markdownPath });
    await refuseOverlaps(outputs, inputs.inputPaths);
    const { packet, readiness, checks } = await buildPacket(inputs);
    const base = { readiness, checks, paths: inputs.paths, packet, out };
    const verdict = judged(readiness, checks, inputs.paths, context);
    return markdownPath === undefined ? { ...verdict, ...base } : { ...verdict, ...base, markdownPath };
  },
  report(result) {
    const packetFile = canonicalJson(result.packet, true);
    const files: FileOutput[] = [{ path: result.out, output: packetFile }];
    if (result.markdownPath !== undefined) {
      files.push({ path: result.markdownPath, output: packetMarkdown(result.readiness, result.packet.artifacts) });
    }
    const messages = [...result.messages];
    if (utf8Length(formatJson(result.packet, { pretty: true })) > DEFAULT_MAX_BYTES) {
      // Still written, so nothing is lost, but a packet over the document limit cannot be read back by verify-packet.
      messages.push(
        `warning: ${result.out} is larger than ${DEFAULT_MAX_BYTES} bytes, the document limit; verify-packet will refuse it`,
      );
    }
    const { packet, readiness, out } = result;
    messages.push(
      `packet ${out}: verdict ${readiness.verdict}, ${packet.artifacts.length} artifacts, ${packet.packetDigest}`,
    );
    return {
      ...readinessReport(result),
      files,
      messages,
      stepSummary: (maxBytes) => readinessSummary(readiness, maxBytes, packet.artifacts),
    };
  },
});
