import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordedInputs, readRecordedInputs } from '../../adapters/recorded/layout.js';
import { templatePath } from '../../adapters/shared/paths.js';

export const MAIN_INPUTS = templatePath('fixtures', 'recorded-inputs');
export const VARIANTS = [
  'd1-binding-id',
  'gh-secret-list',
  'r2-bucket-info',
  'secret-key',
  'secret-without-rotation-time',
  'secrets-store-and-environment',
] as const;
export type Variant = (typeof VARIANTS)[number];

/** A full inputs folder: the main recording with one variant's files laid over it (fixtures/README.md). */
export function variantFolder(variant: Variant): string {
  const folder = mkdtempSync(join(tmpdir(), `ai-media-${variant}-`));
  cpSync(MAIN_INPUTS, folder, { recursive: true });
  cpSync(templatePath('fixtures', 'recorded-input-variants', variant), folder, { recursive: true });
  return folder;
}

export const readVariant = (variant: Variant, environments: readonly string[] = []): RecordedInputs =>
  readRecordedInputs(variantFolder(variant), environments);
