import type { ReleaseReadiness } from '../contract/index.js';

export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const READINESS_PREDICATE_TYPE = 'urn:cloudflare-saas-core:release-readiness:v1';

export interface InTotoStatement {
  readonly _type: typeof IN_TOTO_STATEMENT_TYPE;
  readonly subject: readonly [{ readonly name: string; readonly digest: { readonly gitCommit: string } }];
  readonly predicateType: typeof READINESS_PREDICATE_TYPE;
  readonly predicate: ReleaseReadiness;
}

/**
 * An in-toto Statement v1 about the commit, for existing signers (cosign, GitHub artifact attestations). The predicate
 * is the whole `release-readiness` document, as it is: it names the origins, so a verdict for one environment cannot
 * be replayed for another (spec §7). Tools that build the Statement themselves sign that document directly.
 */
export function toInTotoStatement(readiness: ReleaseReadiness): InTotoStatement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: readiness.subject.repository, digest: { gitCommit: readiness.subject.commitSha } }],
    predicateType: READINESS_PREDICATE_TYPE,
    predicate: readiness,
  };
}
