import type * as v from 'valibot';
import { kindVariant } from '../closed.js';
import { imageSafetyCanaryEvidence } from './image-safety-canary-evidence.js';
import { operatorAssistedProduction } from './operator-assisted-production.js';
import { productionResourceReady } from './production-resource-ready.js';
import { providerCanaryEvidence } from './provider-canary-evidence.js';
import { releaseStatus } from './release-status.js';
import { secretRotationReceipt } from './secret-rotation-receipt.js';

/** Any of the six evidence kinds, chosen by `kind`. */
export const evidenceDocument = kindVariant([
  releaseStatus,
  secretRotationReceipt,
  productionResourceReady,
  operatorAssistedProduction,
  providerCanaryEvidence,
  imageSafetyCanaryEvidence,
]);

export type EvidenceDocument = v.InferOutput<typeof evidenceDocument>;
