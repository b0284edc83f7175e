import { validateDocument } from '../validate.js';
import type { EvidenceHeader } from './header.js';

/** A header every builder test starts from. Test-only: not exported from the package. */
export const HEADER: EvidenceHeader = {
  id: 'doc-0123456789ab',
  generatedAt: '2026-11-25T12:00:00Z',
  subject: { repository: 'example-org/app', branch: 'main', commitSha: '0123456789abcdef0123456789abcdef01234567' },
  producer: { adapter: 'test-adapter', version: '1.0.0' },
};

/** The validator's issue codes for a built document: a builder's output must be valid as it is. */
export const issueCodes = (document: unknown): string[] =>
  validateDocument(document).errors.map((issue) => `${issue.code} ${issue.pointer}`);
