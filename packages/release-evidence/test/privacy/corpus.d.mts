export type Placement =
  | 'free-text'
  | 'extensions-value'
  | 'extensions-key'
  | 'shadowed'
  | 'label'
  | 'secret-name'
  | 'context';
export type Encoding = 'plain' | 'percent' | 'base64' | 'u-escape' | 'zero-width' | 'fullwidth';

export interface PositiveCase {
  readonly id: string;
  readonly format: string;
  /** The first class is the one the case is about; any other is a class its shape also carries. */
  readonly classes: readonly string[];
  readonly placement: Placement;
  readonly encoding: Encoding;
  /** The planted value, raw and as encoded in the document; no output may contain either. */
  readonly planted: readonly string[];
  readonly text: string;
}

export interface NegativeCase {
  readonly id: string;
  readonly family: string;
  readonly text: string;
}

export const PLACEMENTS: readonly Placement[];
export const ENCODINGS: readonly Encoding[];
export function buildCorpus(seed?: number): { positives: PositiveCase[]; negatives: NegativeCase[] };
export function createRandom(seed: number): {
  int(max: number): number;
  hex(length: number): string;
  lower(length: number): string;
  upper(length: number): string;
  digits(length: number): string;
  mixed(length: number): string;
  base64(length: number): string;
};
export function releaseStatus(options: {
  sha: string;
  check?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
  id?: string;
}): Record<string, unknown>;
export function rotationReceipt(options: {
  sha: string;
  name?: string;
  extensions?: Record<string, unknown>;
}): Record<string, unknown>;
