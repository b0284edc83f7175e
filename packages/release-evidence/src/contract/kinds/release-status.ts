import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope, origin } from '../envelope.js';
import { checkUnique, defineKind, isLate, latestObservation } from '../rules.js';
import { count, durationMs, label, list, oneOf, percent, text, timestamp } from '../scalars.js';

const check = closedObject({
  name: label,
  status: oneOf(['passed', 'failed', 'skipped']),
  durationMs: v.optional(durationMs),
  detail: v.optional(text),
});

export const releaseStatus = closedObject({
  ...evidenceEnvelope('release-status'),
  stage: oneOf(['source', 'staging', 'production']),
  origin: v.optional(origin),
  deployment: v.optional(closedObject({ versionLabel: label, deployedAt: timestamp, trafficPercent: percent })),
  checks: list(check, 1, 500),
  summary: closedObject({ passed: count, failed: count, skipped: count }),
  conclusion: oneOf(['success', 'failure']),
});

export type ReleaseStatus = v.InferOutput<typeof releaseStatus>;

export const releaseStatusKind = defineKind({
  kind: 'release-status',
  schema: releaseStatus,
  rules(doc, context) {
    if (doc.stage === 'source') {
      if (doc.origin) context.report('origin-unexpected', ['origin']);
      if (doc.deployment) context.report('origin-unexpected', ['deployment']);
    } else if (!doc.origin) context.report('origin-required', ['origin']);
    else if (doc.origin.environment !== doc.stage) context.report('origin-environment', ['origin', 'environment']);

    if (isLate(doc.deployment?.deployedAt, latestObservation(context, doc.generatedAt))) {
      context.report('time-order', ['deployment', 'deployedAt']);
    }
    checkUnique(context, doc.checks, (item) => item.name, ['checks']);

    const counted = { passed: 0, failed: 0, skipped: 0 };
    for (const item of doc.checks) counted[item.status]++;
    for (const status of ['passed', 'failed', 'skipped'] as const) {
      if (doc.summary[status] !== counted[status]) context.report('summary-mismatch', ['summary', status]);
    }
    if (doc.conclusion !== (counted.failed > 0 ? 'failure' : 'success')) {
      context.report('conclusion-mismatch', ['conclusion']);
    }
  },
});
