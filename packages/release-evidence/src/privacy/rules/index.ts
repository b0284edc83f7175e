import type { Rule } from '../types.js';
import { ASSIGNMENT_RULES } from './assignment.js';
import { CONTEXT_CREDENTIAL_RULES } from './context.js';
import { CREDENTIAL_RULES } from './credential.js';
import { IDENTITY_RULES } from './identity.js';
import { MEDIA_RULES } from './media.js';
import { PRIVATE_URL_RULES } from './private-url.js';
import { PROVIDER_RULES } from './provider.js';
import { SAAS_RULES } from './saas.js';
import { STORAGE_RULES } from './storage.js';

/** The default catalogue, one list per class of spec §8, run by one engine (createScanner). */
export const RULES: readonly Rule[] = [
  ...CREDENTIAL_RULES,
  ...SAAS_RULES,
  ...ASSIGNMENT_RULES,
  ...CONTEXT_CREDENTIAL_RULES,
  ...IDENTITY_RULES,
  ...STORAGE_RULES,
  ...PROVIDER_RULES,
  ...MEDIA_RULES,
  ...PRIVATE_URL_RULES,
];
