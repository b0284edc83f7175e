// The production gates' documents (§6): `secret-rotation` receipts and `production-resources` inventories.
import type { ProductionResourceReady, SecretRotationReceipt } from '../../contract/index.js';
import { type Problem, problem } from '../../problem/index.js';
import type { GateContext } from './define.js';

/** A receipt or inventory for `staging` does not serve a production gate. */
export function forProduction(doc: { readonly id: string; readonly environment: string }): Problem[] {
  return doc.environment === 'production' ? [] : [problem('wrong-environment', { id: doc.id }, '/environment')];
}

/** Every rotated secret's preflight passed. */
export function preflightFailures(doc: SecretRotationReceipt): Problem[] {
  return doc.secrets.flatMap((secret, index) =>
    secret.preflight === 'passed'
      ? []
      : [
          problem(
            'preflight-not-passed',
            { id: doc.id, secret: secret.name, store: secret.store },
            `/secrets/${index}/preflight`,
          ),
        ],
  );
}

/** Every resource the candidate expects is listed, and every listed resource is `ready`. */
export function resourceFailures(doc: ProductionResourceReady, context: GateContext): Problem[] {
  const key = (type: string, label: string): string => `${type}\u0000${label}`;
  const listed = new Set(doc.resources.map((resource) => key(resource.type, resource.label)));
  const problems: Problem[] = [];
  for (const expected of context.candidate.expectedResources) {
    if (!listed.has(key(expected.type, expected.label))) {
      problems.push(problem('resource-not-listed', { type: expected.type, label: expected.label }, '/resources'));
    }
  }
  doc.resources.forEach((resource, index) => {
    if (resource.status === 'ready') return;
    const args = { type: resource.type, label: resource.label };
    problems.push(problem(`resource-${resource.status}`, args, `/resources/${index}/status`));
  });
  return problems;
}
