import type { SecretRotationReceipt } from '../kinds/secret-rotation-receipt.js';
import { type EvidenceHeader, envelopeOf, sortedBy } from './header.js';

export type RotatedSecret = SecretRotationReceipt['secrets'][number];

export interface SecretRotationReceiptInput extends EvidenceHeader {
  readonly environment: SecretRotationReceipt['environment'];
  /** When the preflight checks ran. */
  readonly checkedAt: string;
  readonly secrets: readonly RotatedSecret[];
}

/**
 * `secret-rotation-receipt` with `preflight.status` computed (`failed` when any secret's preflight failed) and the
 * secrets sorted by store, then name. It carries names and timestamps only: the input type has no room for a value.
 */
export function secretRotationReceipt(input: SecretRotationReceiptInput): SecretRotationReceipt {
  const secrets = sortedBy(input.secrets, (secret) => [secret.store, secret.name]).map((secret) => ({
    name: secret.name,
    store: secret.store,
    before: secret.before ? { updatedAt: secret.before.updatedAt } : null,
    after: { updatedAt: secret.after.updatedAt },
    preflight: secret.preflight,
    nextSafeCommand: secret.nextSafeCommand,
  }));
  const failed = secrets.some((secret) => secret.preflight === 'failed');
  return {
    ...envelopeOf('secret-rotation-receipt', input),
    environment: input.environment,
    secrets,
    preflight: { status: failed ? 'failed' : 'passed', checkedAt: input.checkedAt },
  };
}
