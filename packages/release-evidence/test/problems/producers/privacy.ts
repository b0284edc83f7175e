import { type PrivacyClass, RULES, type Sample, scanText } from '../../../src/privacy/index.js';
import type { PRIVACY_CODES } from '../../../src/problem/codes/privacy.js';
import type { Producer } from '../producer.js';

const textOf = (sample: Sample) =>
  typeof sample === 'string' ? JSON.stringify({ note: sample }) : JSON.stringify(sample.document, null, 2);

/** Scans the first true positive of every rule of the class, as a user scans a file. */
const findingsOf = (privacyClass: PrivacyClass) => () =>
  RULES.filter((rule) => rule.class === privacyClass).flatMap((rule) =>
    rule.tps.slice(0, 1).flatMap((sample) => scanText(textOf(sample)).findings),
  );

/** A credential in a duplicate member, which `JSON.parse` drops: its finding says so (`shadowed`). */
const shadowed = () => {
  const token = RULES.find((rule) => rule.id === 'github-token')?.tps[0];
  return typeof token === 'string' ? scanText(`{"note": ${JSON.stringify(token)}, "note": "x"}`).findings : [];
};

/** For each privacy code, a call through the library or CLI that reports it. */
export const PRIVACY_PRODUCERS: Record<keyof typeof PRIVACY_CODES, Producer> = {
  'credential-finding': () => [...findingsOf('credential')(), ...shadowed()],
  'identity-finding': findingsOf('identity'),
  'storage-finding': findingsOf('storage'),
  'provider-finding': findingsOf('provider'),
  'media-finding': findingsOf('media'),
  'private-url-finding': findingsOf('private-url'),
};
