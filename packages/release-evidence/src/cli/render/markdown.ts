import type { ReleasePacket, ReleaseReadiness } from '../../contract/index.js';
import { DEFAULT_MARKDOWN_MAX_BYTES, formatReadinessMarkdown } from '../../format/index.js';
import type { ReadinessRunResult } from '../readiness.js';
import type { Output } from '../result.js';

/** `readiness --format markdown`. */
export function readinessMarkdown(result: ReadinessRunResult): Output {
  return { type: 'markdown', text: formatReadinessMarkdown(result.readiness) };
}

/** The packet's Markdown file: the readiness with each document's class. */
export function packetMarkdown(readiness: ReleaseReadiness, artifacts: ReleasePacket['artifacts']): Output {
  return { type: 'markdown', text: formatReadinessMarkdown(readiness, { artifacts }) };
}

/** The step summary, within the bytes the file has left; '' when not even the verdict line fits. */
export function readinessSummary(
  readiness: ReleaseReadiness,
  maxBytes: number,
  artifacts?: ReleasePacket['artifacts'],
): string {
  const limit = Math.min(maxBytes, DEFAULT_MARKDOWN_MAX_BYTES);
  return formatReadinessMarkdown(readiness, artifacts ? { artifacts, maxBytes: limit } : { maxBytes: limit });
}
