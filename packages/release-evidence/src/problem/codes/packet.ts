import { defineCodes, type Show } from '../entry.js';
import { type Args, shownArg, shownAt } from './arg-text.js';

/** How a verify reason names a document: by kind and id, or by kind alone when its id is not safe to show. */
const documentName = (args: Args, show: Show): string =>
  args.id === undefined
    ? `a ${shownArg(args, 'kind', show)} document`
    : `${shownArg(args, 'kind', show)} ${shownArg(args, 'id', show)}`;

const DOCUMENT = { kind: 'string', 'id?': 'string' } as const;

/** Codes of the packet domain: why `verifyPacket` (spec §7) does not verify a packet. */
export const PACKET_CODES = defineCodes({
  'document-changed': {
    severity: 'error',
    meaning: 'a document the packet names was given with a different digest',
    args: DOCUMENT,
    render: (args, show) => `${documentName(args, show)} has changed since the packet was built`,
  },
  'document-missing': {
    severity: 'error',
    meaning: 'a document the packet names was not given',
    args: DOCUMENT,
    render: (args, show) => `${documentName(args, show)} is in the packet but was not given`,
  },
  'document-extra': {
    severity: 'error',
    meaning: 'a document was given that the packet does not name',
    args: DOCUMENT,
    render: (args, show) => `${documentName(args, show)} was given but is not in the packet`,
  },
  'packet-digest-mismatch': {
    severity: 'error',
    meaning: 'packetDigest is not the digest of the packet without it',
    args: {},
    render: () => 'packetDigest does not match the packet',
  },
  'artifacts-mismatch': {
    severity: 'error',
    meaning: "the packet's artifacts list is not the one the given documents make",
    args: {},
    render: () => 'the artifacts list does not match the documents',
  },
  'readiness-mismatch': {
    severity: 'error',
    meaning: "readiness re-run at the packet's now and policy differs from the packet's, byte for byte",
    args: {},
    render: () => 'readiness re-run at the packet time differs',
  },
  'readiness-not-reproducible': {
    severity: 'error',
    meaning: "readiness cannot be re-run from the packet's candidate, policy and now",
    args: {},
    render: () => 'readiness cannot be re-run from the packet',
  },
  'packet-invalid': {
    severity: 'error',
    meaning: 'the packet is not a valid release-packet (a schema issue and where); with more, how many are not listed',
    args: { 'issue?': 'string', 'at?': 'string', 'more?': 'number' },
    render: (args, show) =>
      args.more === undefined
        ? `the packet is not a valid release-packet: ${shownAt(shownArg(args, 'issue', show), args, 'at', show)}`
        : `and ${shownArg(args, 'more', show)} more problems`,
  },
  'packet-privacy': {
    severity: 'error',
    meaning: 'the packet holds a privacy finding (its class and pointer, never its value)',
    args: { class: 'string', at: 'string' },
    render: (args, show) =>
      `the packet is not privacy-clean: ${shownAt(`${shownArg(args, 'class', show)} finding`, args, 'at', show)}`,
  },
});
