import type { SecretRotationReceipt } from '@cloudflare-saas-core/release-evidence';
import { evidenceId, type RotatedSecret, secretRotationReceipt } from '@cloudflare-saas-core/release-evidence/builders';
import type { RecordedInputs } from './recorded/layout.js';
import { observe } from './secret-observation.js';
import type { Extensions, ManagedSecret, ReleaseConfig, SecretStore } from './shared/config.js';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';

/** Read-only commands that show the store's metadata again; labels, so they never assign a value. */
const NEXT_SAFE_COMMAND: Record<SecretStore, (secret: ManagedSecret) => string> = {
  'worker-secret': () => 'wrangler secret list --env production',
  'github-actions': () => 'gh secret list',
  'github-environment': (secret) => `gh secret list --env ${secret.environment ?? 'production'}`,
  'secrets-store': () => 'wrangler secrets-store secret list',
};

export interface RotationProblem {
  readonly name: string;
  readonly store: SecretStore;
  readonly problem: 'missing' | 'not-recorded' | 'not-rotated';
  readonly reason?: string;
}

/** Why a listed secret's preflight failed, written into `x-preflight-failures`: fixed texts, never a value. */
interface PreflightFailure {
  readonly name: string;
  readonly store: SecretStore;
  readonly reason: 'rotation-time-unprovable' | 'not-a-secret';
  readonly detail: string;
}

export interface RotationResult {
  /** Undefined when no managed secret could be listed: a receipt must list at least one. */
  readonly receipt: SecretRotationReceipt | undefined;
  readonly problems: readonly RotationProblem[];
}

type Judged = { secret: RotatedSecret; failure?: PreflightFailure } | { problem: RotationProblem };

function judge(managed: ManagedSecret, inputs: RecordedInputs, checkedAt: string): Judged {
  const { name, store } = managed;
  const after = observe(inputs.after, managed);
  if (after.state === 'absent') return { problem: { name, store, problem: 'missing' } };
  if (after.state === 'unknown') return { problem: { name, store, problem: 'not-recorded', reason: after.reason } };
  const before = observe(inputs.before, managed);
  const beforeAt = before.state === 'present' ? before.updatedAt : undefined;
  const entry = (updatedAt: string, preflight: RotatedSecret['preflight']): RotatedSecret => ({
    name,
    store,
    before: beforeAt && Date.parse(beforeAt) < Date.parse(updatedAt) ? { updatedAt: beforeAt } : null,
    after: { updatedAt },
    preflight,
    nextSafeCommand: NEXT_SAFE_COMMAND[store](managed),
  });
  if (after.updatedAt === undefined) {
    // Present, so never "missing"; but with no provable time the receipt records only the upper bound it knows (the
    // check time) and fails the preflight, saying why.
    const detail = after.unprovable ?? 'no rotation time recorded';
    return {
      secret: entry(checkedAt, 'failed'),
      failure: { name, store, reason: 'rotation-time-unprovable', detail },
    };
  }
  if (beforeAt && Date.parse(after.updatedAt) <= Date.parse(beforeAt)) {
    return { problem: { name, store, problem: 'not-rotated' } };
  }
  if (!after.isSecret) {
    const detail = 'the store does not hold this name as an active secret';
    return { secret: entry(after.updatedAt, 'failed'), failure: { name, store, reason: 'not-a-secret', detail } };
  }
  return { secret: entry(after.updatedAt, 'passed') };
}

/**
 * `secret-rotation-receipt` from the before/after snapshots of the secrets release.config.json manages. Missing,
 * unrecorded and unrotated secrets stay out of the receipt (listing them would make it invalid) and are returned as
 * problems; a present secret whose rotation time cannot be proved is listed with a failed preflight.
 */
export function buildRotationReceipt(
  config: ReleaseConfig,
  subject: Subject,
  inputs: RecordedInputs,
  at: { readonly generatedAt: string; readonly checkedAt: string; readonly extensions?: Extensions },
): RotationResult {
  const judged = config.secrets.map((managed) => judge(managed, inputs, at.checkedAt));
  const secrets = judged.flatMap((item) => ('secret' in item ? [item.secret] : []));
  const failures = judged.flatMap((item) => ('secret' in item && item.failure ? [item.failure] : []));
  const problems = judged.flatMap((item) => ('problem' in item ? [item.problem] : []));
  if (secrets.length === 0) return { receipt: undefined, problems };
  const extensions: Extensions = {
    ...at.extensions,
    ...(failures.length > 0 ? { 'x-preflight-failures': failures } : {}),
  };
  const receipt = secretRotationReceipt({
    id: evidenceId('secret-rotation', subject),
    generatedAt: at.generatedAt,
    subject,
    producer: producerOf('secret-rotation'),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    environment: 'production',
    checkedAt: at.checkedAt,
    secrets,
  });
  return { receipt, problems };
}
