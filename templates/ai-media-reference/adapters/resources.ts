import type { ProductionResourceReady } from '@cloudflare-saas-core/release-evidence';
import {
  type CheckedResource,
  evidenceId,
  productionResourceReady,
} from '@cloudflare-saas-core/release-evidence/builders';
import type { Inventory } from './recorded/layout.js';
import type { DeployedBinding, ListedResource } from './recorded/wrangler-outputs.js';
import type { Extensions, ReleaseConfig, ResourceType, WranglerBindings, WranglerConfig } from './shared/config.js';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';

export type ResourceVerdict = Pick<CheckedResource, 'status' | 'detail'>;
type ExpectedResource = ReleaseConfig['resources'][number];

/** How each resource type is found in the inventory and the wrangler config. Data, not code paths. */
const RESOURCE_TYPES: Record<
  ResourceType,
  {
    /** The binding `type` in `wrangler versions view --json`. */
    readonly bindingType: string;
    readonly listed: (inventory: Inventory) => readonly ListedResource[];
    /** The resource name the wrangler config binds, or `true` when the config binds by id only (KV). */
    readonly configured: (config: WranglerBindings, binding: string) => string | true | undefined;
  }
> = {
  d1: {
    bindingType: 'd1',
    listed: (inventory) => inventory.d1,
    configured: (config, binding) => config.d1_databases?.find((entry) => entry.binding === binding)?.database_name,
  },
  r2: {
    bindingType: 'r2_bucket',
    listed: (inventory) => inventory.r2,
    configured: (config, binding) => config.r2_buckets?.find((entry) => entry.binding === binding)?.bucket_name,
  },
  kv: {
    bindingType: 'kv_namespace',
    listed: (inventory) => inventory.kv,
    configured: (config, binding) =>
      config.kv_namespaces?.some((entry) => entry.binding === binding) ? true : undefined,
  },
};

/** The bindings that serve all traffic, or why they cannot be known from this recording. */
function deployedBindings(inventory: Inventory): readonly DeployedBinding[] | string {
  const { versions } = inventory.deployment;
  const [only] = versions;
  if (versions.length !== 1 || !only || only.percentage !== 100) return 'traffic is split between versions';
  if (only.versionId !== inventory.version.id) return 'the viewed version is not the deployed one';
  return inventory.version.bindings;
}

/**
 * Compares one expected resource with the recorded inventory. Only the inventory can make a resource `ready`: the
 * wrangler config alone proves nothing exists.
 */
export function judgeResource(
  resource: ExpectedResource,
  config: WranglerConfig,
  inventory: Inventory,
): ResourceVerdict {
  const rules = RESOURCE_TYPES[resource.type];
  const bindings = deployedBindings(inventory);
  if (typeof bindings === 'string') return { status: 'pending', detail: bindings };
  const configured = rules.configured(config.env?.production ?? {}, resource.binding);
  if (configured === undefined) return { status: 'drifted', detail: 'the wrangler config has no such binding' };
  if (configured !== true && configured !== resource.name) {
    return { status: 'drifted', detail: 'the wrangler config binds another resource' };
  }
  const entry = rules.listed(inventory).find((candidate) => candidate.name === resource.name);
  if (!entry) return { status: 'missing', detail: 'not in the recorded inventory' };
  const deployed = bindings.find((binding) => binding.name === resource.binding);
  if (!deployed || deployed.type !== rules.bindingType) {
    return { status: 'drifted', detail: 'the deployed Worker lacks the binding' };
  }
  if (deployed.target !== entry.target) return { status: 'drifted', detail: 'the deployed binding points elsewhere' };
  return { status: 'ready' };
}

/**
 * `production-resource-ready` with the template's logical labels. Cloudflare names and ids are compared above and
 * never written: database, namespace and account ids are privacy findings.
 */
export function buildResourceEvidence(
  releaseConfig: ReleaseConfig,
  wranglerConfig: WranglerConfig,
  inventory: Inventory,
  subject: Subject,
  generatedAt: string,
  extensions?: Extensions,
): ProductionResourceReady {
  return productionResourceReady({
    id: evidenceId('production-resources', subject),
    generatedAt,
    subject,
    producer: producerOf('resource-inventory'),
    ...(extensions ? { extensions } : {}),
    environment: 'production',
    resources: releaseConfig.resources.map((resource) => ({
      type: resource.type,
      label: resource.label,
      binding: resource.binding,
      ...judgeResource(resource, wranglerConfig, inventory),
    })),
  });
}
