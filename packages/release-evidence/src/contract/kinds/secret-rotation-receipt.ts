import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { checkObserved, checkUnique, defineKind, isAfter } from '../rules.js';
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
    checkUnique(context, doc.secrets, (item) => `${item.name}\u0000${item.store}`, ['secrets']);
    doc.secrets.forEach((item, index) => {
      const at = ['secrets', index];
      if (item.before && !isAfter(item.after.updatedAt, item.before.updatedAt)) {
        context.report('not-rotated', [...at, 'after', 'updatedAt']);
      }
      checkObserved(context, doc.generatedAt, item.before?.updatedAt, [...at, 'before', 'updatedAt']);
      checkObserved(context, doc.generatedAt, item.after.updatedAt, [...at, 'after', 'updatedAt']);
    });
    const anyFailed = doc.secrets.some((item) => item.preflight === 'failed');
    if (doc.preflight.status !== (anyFailed ? 'failed' : 'passed'))
      context.report('preflight-mismatch', ['preflight', 'status']);
    checkObserved(context, doc.generatedAt, doc.preflight.checkedAt, ['preflight', 'checkedAt']);
  },
});
