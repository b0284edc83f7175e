import { type Inventory, RESOURCE_TYPES } from './resource-inventory.js';
import type { ReleaseConfig, WranglerConfig } from './shared/config.js';
import { envelope } from './shared/envelope.js';
import { compareText } from './shared/sort.js';
import type { Subject } from './shared/subject.js';

export type ResourceStatus = 'ready' | 'missing' | 'drifted' | 'pending';

export interface ResourceVerdict {
  readonly status: ResourceStatus;
  readonly detail?: string;
}

type ExpectedResource = ReleaseConfig['resources'][number];

/**
 * Compares one expected resource with the recorded inventory. Only the inventory can make a resource `ready`: with
 * nothing recorded the status is `pending`, because the wrangler config alone proves nothing exists.
 */
export function judgeResource(
  resource: ExpectedResource,
  config: WranglerConfig,
  inventory: Inventory,
): ResourceVerdict {
  const rules = RESOURCE_TYPES[resource.type];
  const listed = rules.listed(inventory);
  const bindings = inventory.workerSettings?.result.bindings;
  if (!listed || !bindings) return { status: 'pending', detail: 'inventory not recorded' };
  const configured = rules.configured(config.env?.production ?? {}, resource.binding);
  if (configured === undefined) return { status: 'drifted', detail: 'the wrangler config has no such binding' };
  if (configured !== true && configured !== resource.name) {
    return { status: 'drifted', detail: 'the wrangler config binds another resource' };
  }
  const entry = listed.find((candidate) => candidate.name === resource.name);
  if (!entry) return { status: 'missing', detail: 'not in the recorded inventory' };
  const deployed = bindings.find((binding) => binding.name === resource.binding);
  if (!deployed || deployed.type !== rules.bindingType)
    return { status: 'drifted', detail: 'the deployed Worker lacks the binding' };
  if (rules.target(deployed) !== entry.target)
    return { status: 'drifted', detail: 'the deployed binding points elsewhere' };
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
  extensions?: Readonly<Record<`x-${string}`, unknown>>,
): Record<string, unknown> {
  const resources = releaseConfig.resources
    .map((resource) => ({
      type: resource.type,
      label: resource.label,
      binding: resource.binding,
      ...judgeResource(resource, wranglerConfig, inventory),
      checkedAt: generatedAt,
    }))
    .sort((a, b) => compareText(`${a.type}/${a.label}`, `${b.type}/${b.label}`));
  return {
    ...envelope({
      kind: 'production-resource-ready',
      adapter: 'resource-inventory',
      subject,
      generatedAt,
      name: 'production-resources',
      ...(extensions ? { extensions } : {}),
    }),
    environment: 'production',
    resources,
  };
}
