import { type Origin, originsEqual, type ReleaseCandidate, type Subject } from '../contract/index.js';
import { isRecord } from '../json/record.js';

// Readiness reads a valid document through its contract type (`DocumentOf`); an input that may be invalid is read
// only through `envelopeOf`, which checks every field it returns.

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
