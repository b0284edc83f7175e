import type { SecretSnapshot } from './recorded/layout.js';
import type { ManagedSecret } from './shared/config.js';

/** What one snapshot says about a managed secret: names and metadata times only, never a value. */
export type Observation =
  | { readonly state: 'absent' }
  | { readonly state: 'unknown'; readonly reason: string }
  | {
      readonly state: 'present';
      /** False when the store holds the name as something other than a secret. */
      readonly isSecret: boolean;
      /** The provable time of the last change; absent when the recording cannot prove one. */
      readonly updatedAt?: string;
      readonly unprovable?: string;
    };

/** `wrangler secret list` types that hold a secret: text secrets and `secret_key` (a key binding). */
const WORKER_SECRET_TYPES: ReadonlySet<string> = new Set(['secret_text', 'secret_key']);

/** The message `wrangler versions secret put` gives the version it creates (src/versions/secrets/put.ts). */
export const secretPutMessage = (name: string): string => `Updated secret "${name}"`;

const newest = (times: readonly string[]): string | undefined =>
  times.reduce<string | undefined>(
    (best, time) => (best === undefined || Date.parse(time) > Date.parse(best) ? time : best),
    undefined,
  );

function observeWorker(snapshot: SecretSnapshot, name: string): Observation {
  const entry = snapshot.workerSecrets.find((secret) => secret.name === name);
  if (!entry) return { state: 'absent' };
  const isSecret = WORKER_SECRET_TYPES.has(entry.type);
  // Only a secret-change version whose message names this key proves when this key changed. A later secret-change
  // version that names no key (`wrangler secret put`, a bulk update) may have changed it too, so then nothing is proved.
  const changes = snapshot.workerVersions.filter((version) => version.triggeredBy === 'secret');
  const named = newest(changes.filter((version) => version.message === secretPutMessage(name)).map((v) => v.createdOn));
  const unnamed = newest(
    changes.filter((version) => !version.message?.startsWith('Updated secret "')).map((v) => v.createdOn),
  );
  if (named && !(unnamed && Date.parse(unnamed) > Date.parse(named)))
    return { state: 'present', isSecret, updatedAt: named };
  return {
    state: 'present',
    isSecret,
    unprovable: named
      ? 'a later secret-change version in wrangler versions list does not name its secret'
      : 'no secret-change version in wrangler versions list names this secret',
  };
}

function observeListing(listing: SecretSnapshot['github'] | undefined, name: string, notRecorded: string): Observation {
  if (!listing) return { state: 'unknown', reason: notRecorded };
  const entry = listing.secrets.find((secret) => secret.name === name);
  if (entry) return { state: 'present', isSecret: true, updatedAt: entry.updatedAt };
  return listing.complete
    ? { state: 'absent' }
    : { state: 'unknown', reason: 'the recorded pages hold fewer secrets than total_count' };
}

function observeStore(snapshot: SecretSnapshot, name: string): Observation {
  if (!snapshot.secretsStore) return { state: 'unknown', reason: 'the Secrets Store was not recorded' };
  const entry = snapshot.secretsStore.find((secret) => secret.name === name);
  if (!entry) return { state: 'absent' };
  return { state: 'present', isSecret: entry.status === 'active', updatedAt: entry.modified };
}

export function observe(snapshot: SecretSnapshot, secret: ManagedSecret): Observation {
  switch (secret.store) {
    case 'worker-secret':
      return observeWorker(snapshot, secret.name);
    case 'github-actions':
      return observeListing(snapshot.github, secret.name, 'not recorded');
    case 'github-environment':
      return observeListing(
        snapshot.githubEnvironments.get(secret.environment ?? ''),
        secret.name,
        'the environment secrets were not recorded',
      );
    case 'secrets-store':
      return observeStore(snapshot, secret.name);
  }
}
