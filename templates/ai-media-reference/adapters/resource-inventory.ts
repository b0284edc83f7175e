import type { ResourceType, WranglerBindings } from './shared/config.js';

/** Recorded inventory, in the shapes the Cloudflare list commands and APIs return. Any part may be unrecorded. */
export interface Inventory {
  /** `wrangler d1 list --json` */
  readonly d1?: readonly { readonly uuid: string; readonly name: string }[];
  /** `GET /accounts/{id}/r2/buckets` */
  readonly r2?: { readonly result: { readonly buckets: readonly { readonly name: string }[] } };
  /** `wrangler kv namespace list` */
  readonly kv?: readonly { readonly id: string; readonly title: string }[];
  /** `GET /accounts/{id}/workers/scripts/{name}/settings`: what the deployed Worker is bound to. */
  readonly workerSettings?: { readonly result: { readonly bindings: readonly DeployedBinding[] } };
}

export interface DeployedBinding {
  readonly type: string;
  readonly name: string;
  readonly id?: string;
  readonly bucket_name?: string;
  readonly namespace_id?: string;
}

/** A listed resource: its Cloudflare name and the target a binding points at. Targets are compared, never emitted. */
interface Listed {
  readonly name: string;
  readonly target: string;
}

/** How each resource type is found in the inventory, the deployed bindings and the wrangler config. Data, not code paths. */
export const RESOURCE_TYPES: Record<
  ResourceType,
  {
    readonly bindingType: string;
    readonly listed: (inventory: Inventory) => readonly Listed[] | undefined;
    readonly target: (binding: DeployedBinding) => string | undefined;
    /** The resource name the wrangler config binds, or `true` when the config binds by id only (KV). */
    readonly configured: (config: WranglerBindings, binding: string) => string | true | undefined;
  }
> = {
  d1: {
    bindingType: 'd1',
    listed: (inventory) => inventory.d1?.map((entry) => ({ name: entry.name, target: entry.uuid })),
    target: (binding) => binding.id,
    configured: (config, binding) => config.d1_databases?.find((entry) => entry.binding === binding)?.database_name,
  },
  r2: {
    bindingType: 'r2_bucket',
    listed: (inventory) => inventory.r2?.result.buckets.map((entry) => ({ name: entry.name, target: entry.name })),
    target: (binding) => binding.bucket_name,
    configured: (config, binding) => config.r2_buckets?.find((entry) => entry.binding === binding)?.bucket_name,
  },
  kv: {
    bindingType: 'kv_namespace',
    listed: (inventory) => inventory.kv?.map((entry) => ({ name: entry.title, target: entry.id })),
    target: (binding) => binding.namespace_id,
    configured: (config, binding) =>
      config.kv_namespaces?.some((entry) => entry.binding === binding) ? true : undefined,
  },
};
