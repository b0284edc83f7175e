import { type CheckOptions, checkWith, type DocumentCheck } from './check-document.js';
import { type ScanOptions, scanDetailed, stringify } from './engine.js';
import { createMatcher } from './match.js';
import { RULES } from './rules/index.js';
import type { Rule, ScanResult } from './types.js';
import { NOTHING_WITHHELD, withWithheld } from './withheld.js';

/** A scanner over one catalogue. It owns its caches: two scanners never share state. */
export interface Scanner {
  readonly rules: readonly Rule[];
  /** Scans JSON text (spec §8); text that is not JSON is still scanned, line by line, and `error` says why. */
  scanText(text: string, options?: ScanOptions): ScanResult;
  /** Scans a value as `JSON.stringify(value, null, 2)` would write it. */
  scanValue(value: unknown, options?: ScanOptions): ScanResult;
  /** Validates and scans one document; `ok` only when it is valid and has no finding. */
  checkDocument(input: string | unknown, options?: CheckOptions): DocumentCheck;
}

export interface ScannerOptions {
  /** The catalogue to run; the default is `RULES`. Add rules with `[...RULES, myRule]`. */
  readonly rules?: readonly Rule[];
}

export function createScanner({ rules = RULES }: ScannerOptions = {}): Scanner {
  const matcher = createMatcher(rules);
  const scanText = (text: string, options: ScanOptions = {}) => scanDetailed(text, matcher, options).result;
  return {
    rules,
    scanText,
    scanValue(value, options = {}) {
      const text = stringify(value);
      if (text !== undefined) return scanText(text, options);
      const error = { code: 'json-syntax', message: 'the value cannot be written as JSON' } as const;
      return withWithheld({ ok: false, findings: [], error }, NOTHING_WITHHELD);
    },
    checkDocument: (input, options = {}) => checkWith(matcher, input, options),
  };
}

// The functions below serve the default catalogue through one scanner, made when first used.
let defaultScanner: Scanner | undefined;
const scanner = () => {
  defaultScanner ??= createScanner();
  return defaultScanner;
};

export const scanText = (text: string, options?: ScanOptions): ScanResult => scanner().scanText(text, options);
export const scanValue = (value: unknown, options?: ScanOptions): ScanResult => scanner().scanValue(value, options);
export const checkDocument = (input: string | unknown, options?: CheckOptions): DocumentCheck =>
  scanner().checkDocument(input, options);
