import * as v from 'valibot';
import { closedObject, extensionsRecord } from './closed.js';
import { CONTRACT } from './kinds.js';
import {
  branch,
  commitSha,
  environment,
  exactly,
  label,
  originUrl,
  positiveCount,
  repository,
  semver,
  timestamp,
  workflowName,
} from './scalars.js';

export const workflowRun = closedObject({ workflow: workflowName, runId: positiveCount, runAttempt: positiveCount });

export const subject = closedObject({
  repository,
  branch,
  commitSha,
  workflowRun: v.optional(workflowRun),
});

export const origin = closedObject({ environment, url: originUrl });

export const producer = closedObject({ adapter: label, version: v.optional(semver) });

export type Subject = v.InferOutput<typeof subject>;
export type Origin = v.InferOutput<typeof origin>;
export type WorkflowRun = v.InferOutput<typeof workflowRun>;
export type Producer = v.InferOutput<typeof producer>;

/** Members every document has (spec §3); `subject` and `producer` are added per kind. */
export function envelope<const K extends string>(kind: K) {
  return {
    contract: exactly(CONTRACT, 'unsupported-contract'),
    kind: exactly(kind),
    id: label,
    generatedAt: timestamp,
    extensions: v.optional(extensionsRecord()),
  };
}

/** Evidence kinds: the subject and the producing adapter are required. */
export function evidenceEnvelope<const K extends string>(kind: K) {
  return { ...envelope(kind), subject, producer };
}
