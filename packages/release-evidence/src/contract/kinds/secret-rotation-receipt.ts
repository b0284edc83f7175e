import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { checkUnique, defineKind, isAfter, isLate, latestObservation } from '../rules.js';
import { commandLabel, environment, list, oneOf, secretName, timestamp } from '../scalars.js';

const updated = closedObject({ updatedAt: timestamp });

const secret = closedObject({
  name: secretName,
  store: oneOf(['worker-secret', 'secrets-store', 'github-actions', 'github-environment']),
  before: v.nullable(updated),
  after: updated,
  preflight: oneOf(['passed', 'failed', 'skipped']),
  nextSafeCommand: commandLabel,
});

export const secretRotationReceipt = closedObject({
  ...evidenceEnvelope('secret-rotation-receipt'),
  environment,
  secrets: list(secret, 1, 200),
  preflight: closedObject({ status: oneOf(['passed', 'failed']), checkedAt: timestamp }),
});

export type SecretRotationReceipt = v.InferOutput<typeof secretRotationReceipt>;

export const secretRotationReceiptKind = defineKind({
  kind: 'secret-rotation-receipt',
  schema: secretRotationReceipt,
  rules(doc, context) {
    checkUnique(
      context,
      doc.secrets,
      (item) => `${item.name}\u0000${item.store}`,
      ['secrets'],
      (a, b) => a.name === b.name && a.store === b.store,
    );
    const latest = latestObservation(context, doc.generatedAt);
    let anyFailed = false;
    doc.secrets.forEach((item, index) => {
      if (item.before && !isAfter(item.after.updatedAt, item.before.updatedAt)) {
        context.report('not-rotated', ['secrets', index, 'after', 'updatedAt']);
      }
      if (isLate(item.before?.updatedAt, latest)) {
        context.report('time-order', ['secrets', index, 'before', 'updatedAt']);
      }
      if (isLate(item.after.updatedAt, latest)) {
        context.report('time-order', ['secrets', index, 'after', 'updatedAt']);
      }
      if (item.preflight === 'failed') anyFailed = true;
    });
    if (doc.preflight.status !== (anyFailed ? 'failed' : 'passed'))
      context.report('preflight-mismatch', ['preflight', 'status']);
    if (isLate(doc.preflight.checkedAt, latest)) context.report('time-order', ['preflight', 'checkedAt']);
  },
});
