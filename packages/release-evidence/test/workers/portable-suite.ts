// Runs the public API on given inputs and returns one JSON text. The same module runs in Node (vitest) and, bundled
// by esbuild for platform 'neutral', inside workerd, so the two outputs can be compared byte for byte.

import { reportDocuments } from '../../src/format/index.js';
import {
  buildPacket,
  checkDocument,
  formatPacketHtml,
  type ReleaseCandidate,
  scanText,
  validateDocument,
} from '../../src/index.js';
import { canonicalJson, digestOf } from '../../src/json/index.js';

export interface SuiteInputs {
  /** Every input as JSON text: the candidate first, then evidence (valid, leaking and invalid ones). */
  readonly texts: readonly string[];
  readonly now: string;
}

export async function runPortableSuite(inputs: SuiteInputs): Promise<string> {
  const [candidateText = '', ...evidenceTexts] = inputs.texts;
  const candidate = JSON.parse(candidateText) as ReleaseCandidate;
  const documents = evidenceTexts.map((text) => ({ text }));
  const { packet, readiness, checks, digests } = await buildPacket({ candidate, documents, now: inputs.now });
  const results = {
    validate: inputs.texts.map((text) => {
      const { ok, kind, id, errors } = validateDocument(text);
      return { ok, kind, id, errors };
    }),
    scan: inputs.texts.map((text) => scanText(text)),
    check: inputs.texts.map((text) => {
      const { ok, errors, findings } = checkDocument(text);
      return { ok, errors, findings };
    }),
    readiness,
    packet,
    // The HTML report hashes its stylesheet with Web Crypto and dates evidence: both must match byte for byte.
    html: await formatPacketHtml(packet, { documents: reportDocuments({ checks, digests }) }),
    candidateDigest: await digestOf(candidate),
    canonicalCandidate: canonicalJson(candidate),
  };
  return JSON.stringify(results);
}
