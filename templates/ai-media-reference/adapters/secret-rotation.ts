import type { SecretMetadata } from './secret-snapshot.js';
import type { ReleaseConfig, SecretStore } from './shared/config.js';
import { envelope } from './shared/envelope.js';
import { compareText } from './shared/sort.js';
import type { Subject } from './shared/subject.js';

const NEXT_SAFE_COMMAND: Record<SecretStore, string> = {
  'worker-secret': 'wrangler secret list --env production',
  'github-actions': 'gh secret list',
};

export interface RotationInput {
  readonly before: readonly SecretMetadata[];
  readonly after: readonly SecretMetadata[];
  readonly checkedAt: string;
  readonly replayed: boolean;
}

export interface RotationResult {
  /** Undefined when no managed secret was rotated: a receipt must list at least one. */
  readonly receipt: Record<string, unknown> | undefined;
  /** Managed secrets that were not rotated, or are missing from their store after the sync. */
  readonly problems: readonly {
    readonly name: string;
    readonly store: SecretStore;
    readonly problem: 'not-rotated' | 'missing';
  }[];
}

const find = (list: readonly SecretMetadata[], name: string, store: SecretStore) =>
  list.find((entry) => entry.name === name && entry.store === store);

/**
 * Builds `secret-rotation-receipt` from before/after metadata of the secrets the template manages (release.config.json).
 * Preflight passes when the store holds the name as a secret. Unrotated or missing secrets stay out of the receipt
 * (listing them would make it invalid) and are returned as problems for the caller to report.
 */
export function buildRotationReceipt(
  config: ReleaseConfig,
  subject: Subject,
  generatedAt: string,
  input: RotationInput,
): RotationResult {
  const secrets: Record<string, unknown>[] = [];
  const problems: RotationResult['problems'][number][] = [];
  for (const { name, store } of config.secrets) {
    const after = find(input.after, name, store);
    const before = find(input.before, name, store);
    if (!after) problems.push({ name, store, problem: 'missing' });
    else if (before && Date.parse(after.updatedAt) <= Date.parse(before.updatedAt))
      problems.push({ name, store, problem: 'not-rotated' });
    else {
      secrets.push({
        name,
        store,
        before: before ? { updatedAt: before.updatedAt } : null,
        after: { updatedAt: after.updatedAt },
        preflight: after.isSecret ? 'passed' : 'failed',
        nextSafeCommand: NEXT_SAFE_COMMAND[store],
      });
    }
  }
  secrets.sort((a, b) => compareText(`${a.store}/${a.name}`, `${b.store}/${b.name}`));
  if (secrets.length === 0) return { receipt: undefined, problems };
  const failed = secrets.some((secret) => secret.preflight === 'failed');
  const receipt = {
    ...envelope({
      kind: 'secret-rotation-receipt',
      adapter: 'secret-rotation',
      subject,
      generatedAt,
      name: 'secret-rotation',
      ...(input.replayed ? { extensions: { 'x-inventory': 'replayed-fixture' } } : {}),
    }),
    environment: 'production',
    secrets,
    preflight: { status: failed ? 'failed' : 'passed', checkedAt: input.checkedAt },
  };
  return { receipt, problems };
}
