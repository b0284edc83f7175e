import type { SecretStore } from './shared/config.js';

/** `wrangler secret list` entries, with the modification time the Cloudflare API reports for each secret. */
export type WranglerSecretList = readonly {
  readonly name: string;
  readonly type: string;
  readonly modified_on?: string;
}[];

/** GitHub's `GET /repos/{owner}/{repo}/actions/secrets` response. */
export interface GithubSecretList {
  readonly total_count: number;
  readonly secrets: readonly { readonly name: string; readonly created_at: string; readonly updated_at: string }[];
}

/** One secret's metadata as read from a store: never a value, hash or length. */
export interface SecretMetadata {
  readonly name: string;
  readonly store: SecretStore;
  readonly updatedAt: string;
  /** False when the store holds the name as something other than a secret (a plain-text var). */
  readonly isSecret: boolean;
}

export interface StoreSnapshots {
  readonly wrangler: WranglerSecretList;
  readonly github: GithubSecretList;
}

/** Flattens both stores' list shapes into metadata; entries without a timestamp cannot prove rotation and are left out. */
export function readSnapshots(snapshots: StoreSnapshots): SecretMetadata[] {
  const worker = snapshots.wrangler.flatMap((entry): SecretMetadata[] =>
    entry.modified_on
      ? [
          {
            name: entry.name,
            store: 'worker-secret',
            updatedAt: entry.modified_on,
            isSecret: entry.type === 'secret_text',
          },
        ]
      : [],
  );
  const github = snapshots.github.secrets.map(
    (entry): SecretMetadata => ({
      name: entry.name,
      store: 'github-actions',
      updatedAt: entry.updated_at,
      isSecret: true,
    }),
  );
  return [...worker, ...github];
}

/**
 * Offline stand-in for reading the live stores: committed snapshots shifted in time, all by the same amount, so the
 * newest timestamp lands `ageMs` before `now`. The receipt says so with `x-inventory: replayed-fixture`.
 */
export function replayAt(lists: readonly (readonly SecretMetadata[])[], now: Date, ageMs: number): SecretMetadata[][] {
  const newest = Math.max(...lists.flat().map((entry) => Date.parse(entry.updatedAt)));
  const shift = now.getTime() - ageMs - newest;
  const move = (entry: SecretMetadata): SecretMetadata => ({
    ...entry,
    updatedAt: new Date(Date.parse(entry.updatedAt) + shift).toISOString(),
  });
  return lists.map((list) => list.map(move));
}
