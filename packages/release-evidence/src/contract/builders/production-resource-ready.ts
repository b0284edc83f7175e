import type { ProductionResourceReady } from '../kinds/production-resource-ready.js';
import { type EvidenceHeader, envelopeOf, sortedBy } from './header.js';

type Resource = ProductionResourceReady['resources'][number];

/** A checked resource; `checkedAt` defaults to the document's `generatedAt`. */
export type CheckedResource = Omit<Resource, 'checkedAt'> & { readonly checkedAt?: string };

export interface ProductionResourceReadyInput extends EvidenceHeader {
  readonly environment: ProductionResourceReady['environment'];
  readonly resources: readonly CheckedResource[];
}

/** `production-resource-ready` with the resources sorted by type, then label. */
export function productionResourceReady(input: ProductionResourceReadyInput): ProductionResourceReady {
  const resources = sortedBy(input.resources, (resource) => [resource.type, resource.label]).map(
    (resource): Resource => ({
      type: resource.type,
      label: resource.label,
      ...(resource.binding !== undefined ? { binding: resource.binding } : {}),
      status: resource.status,
      checkedAt: resource.checkedAt ?? input.generatedAt,
      ...(resource.detail !== undefined ? { detail: resource.detail } : {}),
    }),
  );
  return { ...envelopeOf('production-resource-ready', input), environment: input.environment, resources };
}
