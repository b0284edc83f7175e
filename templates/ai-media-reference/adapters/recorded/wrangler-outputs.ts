import { InputProblem, isObject, type Json, type JsonObject, objectsIn, stringAt } from './json-input.js';

// Readers for wrangler 4.86's JSON output. Each keeps only the members the template compares; nothing else (authors,
// e-mails, account ids, etags) survives the read, so it can never reach evidence. Shapes: fixtures/README.md.

/** `wrangler secret list --format json` (src/secret/index.ts, utils/fetch-secrets.ts): `[{ name, type }]`. */
export interface WorkerSecret {
  readonly name: string;
  readonly type: string;
}

export const readWorkerSecrets = (value: Json, file: string): WorkerSecret[] =>
  objectsIn(value, file, 'a wrangler secret list').map((entry) => ({
    name: stringAt(entry, 'name', file),
    type: stringAt(entry, 'type', file),
  }));

/** One entry of `wrangler versions list --json` (src/versions/list.ts, versions/types.ts `ApiVersion`). */
export interface WorkerVersion {
  readonly createdOn: string;
  readonly triggeredBy?: string;
  readonly message?: string;
}

function annotation(entry: JsonObject, key: string): string | undefined {
  const annotations = entry.annotations;
  if (!isObject(annotations)) return undefined;
  const found = annotations[key];
  return typeof found === 'string' ? found : undefined;
}

export const readWorkerVersions = (value: Json, file: string): WorkerVersion[] =>
  objectsIn(value, file, 'a wrangler versions list').map((entry) => {
    const metadata = entry.metadata;
    if (!isObject(metadata)) throw new InputProblem(file, 'a version has no "metadata"');
    const triggeredBy = annotation(entry, 'workers/triggered_by');
    const message = annotation(entry, 'workers/message');
    return {
      createdOn: stringAt(metadata, 'created_on', file),
      ...(triggeredBy === undefined ? {} : { triggeredBy }),
      ...(message === undefined ? {} : { message }),
    };
  });

/** `wrangler deployments status --json` (src/versions/deployments/status.ts, `ApiDeployment`): the traffic split. */
export function readDeploymentVersions(value: Json, file: string): { versionId: string; percentage: number }[] {
  if (!isObject(value)) throw new InputProblem(file, 'is not a wrangler deployment');
  return objectsIn(value.versions ?? null, file, 'a wrangler deployment with versions').map((entry) => {
    const percentage = entry.percentage;
    if (typeof percentage !== 'number') throw new InputProblem(file, 'a version has no numeric "percentage"');
    return { versionId: stringAt(entry, 'version_id', file), percentage };
  });
}

/** A deployed binding: its type, name and the target it points at (compared in memory, never written). */
export interface DeployedBinding {
  readonly type: string;
  readonly name: string;
  readonly target?: string;
}

/**
 * Which member names a binding's target, per type (workers-utils `WorkerMetadataBinding`; the API's D1 binding
 * carries `database_id` and the deprecated `id`, cloudflare SDK `WorkersBindingKindD1`).
 */
const TARGET_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  d1: ['database_id', 'id'],
  r2_bucket: ['bucket_name'],
  kv_namespace: ['namespace_id'],
};

/** `wrangler versions view <id> --json` (src/versions/view.ts): the version id and `resources.bindings`. */
export function readVersionView(value: Json, file: string): { id: string; bindings: DeployedBinding[] } {
  if (!isObject(value)) throw new InputProblem(file, 'is not a wrangler version');
  const resources = value.resources;
  if (!isObject(resources)) throw new InputProblem(file, 'has no "resources"');
  const bindings = objectsIn(resources.bindings ?? null, file, 'a version with resources.bindings').map((entry) => {
    const type = stringAt(entry, 'type', file);
    const member = (TARGET_MEMBERS[type] ?? []).find((key) => typeof entry[key] === 'string');
    return { type, name: stringAt(entry, 'name', file), ...(member ? { target: entry[member] as string } : {}) };
  });
  return { id: stringAt(value, 'id', file), bindings };
}

/** A listed resource: its Cloudflare name and what a binding to it names. */
export interface ListedResource {
  readonly name: string;
  readonly target: string;
}

/** `wrangler d1 list --json` (src/d1/list.ts): `[{ uuid, name, created_at, version, jurisdiction }]`. */
export const readD1List = (value: Json, file: string): ListedResource[] =>
  objectsIn(value, file, 'a wrangler d1 list').map((entry) => ({
    name: stringAt(entry, 'name', file),
    target: stringAt(entry, 'uuid', file),
  }));

/** `wrangler kv namespace list` (src/kv/index.ts): `[{ id, title, supports_url_encoding? }]`. */
export const readKvList = (value: Json, file: string): ListedResource[] =>
  objectsIn(value, file, 'a wrangler kv namespace list').map((entry) => ({
    name: stringAt(entry, 'title', file),
    target: stringAt(entry, 'id', file),
  }));

/**
 * `r2-buckets.json`: the API response of `GET /accounts/{id}/r2/buckets` (`{ result: { buckets: [{ name, … }] } }`,
 * cloudflare SDK `BucketListResponse`), or an array of `wrangler r2 bucket info NAME --json` outputs
 * (src/r2/bucket.ts: `{ name, created, location, default_storage_class, object_count, bucket_size }`).
 */
export function readR2Buckets(value: Json, file: string): ListedResource[] {
  const entries = Array.isArray(value)
    ? objectsIn(value, file, 'an array of wrangler r2 bucket info outputs')
    : isObject(value) && isObject(value.result)
      ? objectsIn(value.result.buckets ?? null, file, 'an R2 bucket list response')
      : undefined;
  if (!entries) throw new InputProblem(file, 'is neither an R2 bucket list response nor r2 bucket info outputs');
  return entries.map((entry) => {
    const name = stringAt(entry, 'name', file);
    return { name, target: name };
  });
}
