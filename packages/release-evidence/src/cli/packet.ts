import type { ReleasePacket } from '../contract/index.js';
import { formatJson, formatPacketText } from '../format/index.js';
import { DEFAULT_MAX_BYTES, utf8Length } from '../json/index.js';
import { buildPacket } from '../packet/index.js';
import { defineCliCommand } from './command.js';
import { refuseOverlaps } from './outputs.js';
import { scanPath } from './path-scan.js';
import { judged, type ReadinessRunResult, readinessReport } from './readiness.js';
import { loadReadinessInputs, READINESS_OPTIONS } from './readiness-inputs.js';
import { packetHtml } from './render/html.js';
import { canonicalJson } from './render/json.js';
import { packetMarkdown, readinessSummary } from './render/markdown.js';
import type { FileOutput } from './result.js';

export interface PacketRunResult extends ReadinessRunResult {
  readonly packet: ReleasePacket;
  readonly out: string;
  readonly markdownPath?: string;
  readonly htmlPath?: string;
}

export default defineCliCommand({
  meta: {
    name: 'packet',
    description: 'Build a release-packet: the candidate, its readiness and a digest per document.',
  },
  options: {
    ...READINESS_OPTIONS,
    out: { type: 'string', description: 'where to write the packet, as JSON', valueHint: 'FILE', required: true },
    markdown: { type: 'string', description: 'also write the readiness summary as Markdown', valueHint: 'FILE' },
    html: { type: 'string', description: 'also write a self-contained HTML report', valueHint: 'FILE' },
  },
  // Off a terminal stdout stays empty unless asked, as it always was: the packet is in --out.
  formats: {
    text: (result: PacketRunResult) => ({ type: 'text', draw: (options) => formatPacketText(result.packet, options) }),
    json: (result: PacketRunResult) => ({ type: 'json', value: result.packet, canonical: true, pretty: true }),
  },
  defaultFormat: (terminal) => (terminal ? 'text' : undefined),
  async run(args, context): Promise<PacketRunResult> {
    const { out } = args.values;
    const reports = (['markdown', 'html'] as const).flatMap((option) => {
      const path = args.values[option];
      return path === undefined ? [] : [{ option: `--${option}`, path }];
    });
    const outputs = [{ option: '--out', path: out }, ...reports];
    for (const output of outputs) scanPath(output.path, context);
    const inputs = await loadReadinessInputs(args, context);
    await refuseOverlaps(outputs, inputs.inputPaths);
    const { packet, readiness, checks, digests } = await buildPacket(inputs);
    const { candidate, paths } = inputs;
    const base = { readiness, checks, digests, candidate, paths, packet, out };
    const pathOf = (option: string) => reports.find((report) => report.option === option)?.path;
    const optional = { markdownPath: pathOf('--markdown'), htmlPath: pathOf('--html') };
    return { ...judged(readiness, checks, paths, context), ...base, ...optional };
  },
  report(result) {
    const packetFile = canonicalJson(result.packet, true);
    const files: FileOutput[] = [{ path: result.out, output: packetFile }];
    if (result.markdownPath !== undefined) {
      files.push({ path: result.markdownPath, output: packetMarkdown(result.readiness, result.packet.artifacts) });
    }
    if (result.htmlPath !== undefined) files.push({ path: result.htmlPath, output: packetHtml(result) });
    const messages = [...(readinessReport(result).messages ?? [])];
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
