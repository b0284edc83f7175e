import { type Origin, originsEqual, type ReleaseCandidate, type Subject } from '../contract/index.js';
import { isRecord } from '../json/record.js';

// The parts of contract documents that readiness reads. Valid documents always have this shape; invalid ones are
// only read through `envelopeOf`, which checks every field it returns.

export type { Origin as OriginView, Policy, ReleaseCandidate, Subject } from '../contract/index.js';

export interface EvidenceView {
  readonly kind: string;
  readonly id: string;
  readonly generatedAt: string;
  readonly subject: Subject;
  readonly stage?: string;
  readonly origin?: Origin;
  readonly conclusion?: string;
  readonly environment?: string;
  readonly verdict?: string;
  readonly window?: { readonly startedAt: string; readonly endedAt: string };
  /** A canary's own thresholds (both canary kinds), read against the policy's floors. */
  readonly thresholds?: Readonly<Record<string, number>>;
  readonly checks?: readonly { readonly name: string; readonly status: string }[];
  readonly secrets?: readonly {
    readonly name: string;
    readonly store: string;
    readonly preflight: string;
    readonly after: { readonly updatedAt: string };
  }[];
  readonly resources?: readonly {
    readonly type: string;
    readonly label: string;
    readonly status: string;
    readonly checkedAt: string;
  }[];
  readonly approvals?: readonly {
    readonly scope: string;
    readonly decision: string;
    readonly decidedAt?: string;
    readonly expiresAt?: string;
    readonly trafficPercent?: number;
  }[];
}

/** The envelope fields of any parsed value, each present only when it has the right type. */
export interface EnvelopeView {
  readonly kind?: string;
  readonly id?: string;
  readonly generatedAt?: string;
  readonly stage?: string;
  readonly subject?: Partial<Subject>;
}

export function envelopeOf(value: unknown): EnvelopeView {
  if (!isRecord(value)) return {};
  const subject = isRecord(value.subject) ? value.subject : {};
  return {
    kind: stringOrUndefined(value.kind),
    id: stringOrUndefined(value.id),
    generatedAt: stringOrUndefined(value.generatedAt),
    stage: stringOrUndefined(value.stage),
    subject: {
      repository: stringOrUndefined(subject.repository),
      branch: stringOrUndefined(subject.branch),
      commitSha: stringOrUndefined(subject.commitSha),
    },
  };
}

export function subjectMatches(subject: Partial<Subject> | undefined, expected: Subject): boolean {
  return (
    subject?.repository === expected.repository &&
    subject.branch === expected.branch &&
    subject.commitSha === expected.commitSha
  );
}

export function originMatches(
  origin: Origin | undefined,
  candidate: ReleaseCandidate,
  environment: 'staging' | 'production',
): boolean {
  const expected = candidate.origins.find((entry) => entry.environment === environment);
  return (
    origin !== undefined &&
    expected !== undefined &&
    origin.environment === environment &&
    originsEqual(origin, expected)
  );
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
