export { artifactsOf, compareArtifacts, type PacketArtifact } from './artifacts.js';
export { buildPacket, type PacketOutcome, type PacketRequest } from './build.js';
export { packetDigestOf } from './digest.js';
export {
  type ChangedDocument,
  compareDocuments,
  type DocumentComparison,
  type DocumentRef as PacketDocumentRef,
} from './match.js';
export { type PacketVerification, verifyPacket } from './verify.js';
