import type * as v from 'valibot';
import { extractionFixtureKind } from './kinds/extraction-fixture.js';
import { imageSafetyCanaryEvidenceKind } from './kinds/image-safety-canary-evidence.js';
import { operatorAssistedProductionKind } from './kinds/operator-assisted-production.js';
import { productionResourceReadyKind } from './kinds/production-resource-ready.js';
import { providerCanaryEvidenceKind } from './kinds/provider-canary-evidence.js';
import { releaseCandidateKind } from './kinds/release-candidate.js';
import { releasePacketKind } from './kinds/release-packet.js';
import { releaseReadinessKind } from './kinds/release-readiness.js';
import { releaseStatusKind } from './kinds/release-status.js';
import { secretRotationReceiptKind } from './kinds/secret-rotation-receipt.js';
import type { Kind } from './kinds.js';
import type { KindDefinition } from './rules.js';

/** Every kind with its schema and rules; the one engine in validate.ts runs them. */
export const REGISTRY: Readonly<Record<Kind, KindDefinition<v.GenericSchema>>> = {
  'release-status': releaseStatusKind,
  'secret-rotation-receipt': secretRotationReceiptKind,
  'production-resource-ready': productionResourceReadyKind,
  'operator-assisted-production': operatorAssistedProductionKind,
  'provider-canary-evidence': providerCanaryEvidenceKind,
  'image-safety-canary-evidence': imageSafetyCanaryEvidenceKind,
  'release-candidate': releaseCandidateKind,
  'release-readiness': releaseReadinessKind,
  'release-packet': releasePacketKind,
  'extraction-fixture': extractionFixtureKind,
} as unknown as Readonly<Record<Kind, KindDefinition<v.GenericSchema>>>;
