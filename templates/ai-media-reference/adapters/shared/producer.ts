import type { Producer } from '@cloudflare-saas-core/release-evidence/contract';

/** Kept in step with package.json by a unit test. */
export const TEMPLATE_VERSION = '0.1.0';

/** The `producer` of a document this template's adapter `adapter` emits. */
export const producerOf = (adapter: string): Producer => ({ adapter, version: TEMPLATE_VERSION });
