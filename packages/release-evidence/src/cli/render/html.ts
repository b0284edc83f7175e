import type { ReleaseCandidate, ReleasePacket } from '../../contract/index.js';
import { formatPacketHtml, formatReadinessHtml, reportDocuments } from '../../format/index.js';
import type { ReadinessRunResult } from '../readiness.js';
import type { Output } from '../result.js';

/** `readiness --format html`: the page, with each deferral's expiry and the details of each privacy finding. */
export function readinessHtml(result: ReadinessRunResult): Output {
  return {
    type: 'html',
    text: formatReadinessHtml(result.readiness, {
      candidate: result.candidate as ReleaseCandidate,
      documents: reportDocuments(result),
    }),
  };
}

/** The packet's HTML file (`packet --html FILE`). */
export function packetHtml(result: ReadinessRunResult & { readonly packet: ReleasePacket }): Output {
  return { type: 'html', text: formatPacketHtml(result.packet, { documents: reportDocuments(result) }) };
}
