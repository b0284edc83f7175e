import { CONTRACT } from '@cloudflare-saas-core/release-evidence';
import type { Subject } from './subject.js';

/** Kept in step with package.json by a unit test. */
export const TEMPLATE_VERSION = '0.1.0';

export interface EnvelopeInput {
  readonly kind: string;
  readonly adapter: string;
  readonly subject: Subject;
  readonly generatedAt: string;
  /** A short name for the document; the id adds the commit so ids differ per release. */
  readonly name: string;
  readonly extensions?: Readonly<Record<`x-${string}`, unknown>>;
}

/** The contract v1 envelope every adapter document starts with (spec §3). */
export function envelope(input: EnvelopeInput): Record<string, unknown> {
  return {
    contract: CONTRACT,
    kind: input.kind,
    id: `${input.name}-${input.subject.commitSha.slice(0, 12)}`,
    generatedAt: input.generatedAt,
    subject: input.subject,
    producer: { adapter: input.adapter, version: TEMPLATE_VERSION },
    ...(input.extensions ? { extensions: input.extensions } : {}),
  };
}
