import { InputProblem, isObject, type Json, type JsonObject, objectsIn, stringAt } from './json-input.js';

// GitHub secret listings (names and times only). Shapes: @octokit/openapi-types `actions/list-repo-secrets` and
// `actions/list-environment-secrets` (`{ total_count, secrets: [{ name, created_at, updated_at }] }`), and cli/cli
// `gh secret list --json name,updatedAt` (`[{ name, updatedAt }]`).

export interface GithubSecret {
  readonly name: string;
  readonly updatedAt: string;
}

export interface GithubListing {
  readonly secrets: readonly GithubSecret[];
  /** False when the pages hold fewer secrets than `total_count`: an absent name then proves nothing. */
  readonly complete: boolean;
}

function restPage(page: JsonObject, file: string): { total: number; secrets: GithubSecret[] } {
  const total = page.total_count;
  if (typeof total !== 'number') throw new InputProblem(file, 'a page has no numeric "total_count"');
  const secrets = objectsIn(page.secrets ?? null, file, 'a GitHub secrets page').map((entry) => ({
    name: stringAt(entry, 'name', file),
    updatedAt: stringAt(entry, 'updated_at', file),
  }));
  return { total, secrets };
}

/**
 * Reads every form a recording may hold: one REST page, the pages `gh api --paginate` prints back to back (a stream,
 * passed here as several documents), the same pages wrapped by `--slurp`, or `gh secret list --json name,updatedAt`.
 */
export function readGithubListing(documents: readonly Json[], file: string): GithubListing {
  const [first] = documents;
  if (documents.length === 1 && Array.isArray(first) && first.every((item) => isObject(item) && 'updatedAt' in item)) {
    const secrets = objectsIn(first, file, 'gh secret list output').map((entry) => ({
      name: stringAt(entry, 'name', file),
      updatedAt: stringAt(entry, 'updatedAt', file),
    }));
    // `gh secret list` pages through everything itself.
    return { secrets, complete: true };
  }
  const pages = documents.length === 1 && Array.isArray(first) ? first : documents;
  if (!pages.every(isObject)) throw new InputProblem(file, 'is neither GitHub REST pages nor gh secret list output');
  const read = (pages as JsonObject[]).map((page) => restPage(page, file));
  const secrets = read.flatMap((page) => page.secrets);
  const total = Math.max(...read.map((page) => page.total));
  return { secrets, complete: new Set(secrets.map((secret) => secret.name)).size >= total };
}

/** The Secrets Store API list response (cloudflare SDK `SecretListResponse`: `{ id, name, created, modified, status, store_id, … }`). */
export interface StoreSecret {
  readonly name: string;
  readonly modified: string;
  readonly status: string;
}

export function readSecretsStore(value: Json, file: string): StoreSecret[] {
  if (!isObject(value)) throw new InputProblem(file, 'is not a Secrets Store list response');
  return objectsIn(value.result ?? null, file, 'a Secrets Store list response').map((entry) => ({
    name: stringAt(entry, 'name', file),
    modified: stringAt(entry, 'modified', file),
    status: stringAt(entry, 'status', file),
  }));
}
