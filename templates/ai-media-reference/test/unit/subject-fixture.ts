import type { Subject } from '../../adapters/shared/subject.js';

export const SUBJECT: Subject = {
  repository: 'example-org/ai-media-reference',
  branch: 'main',
  commitSha: 'a'.repeat(40),
};
