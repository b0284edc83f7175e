import type * as v from 'valibot';
import type { PathSegment } from '../json/tokenize.js';
import type { IssueCode } from './codes.js';
import type { Kind } from './kinds.js';
import { addMilliseconds, compareInstants, type Instant, parseInstant } from './time.js';

/** What a kind's consistency rules see: the skew, and a way to report a code at a path. */
export interface RuleContext {
  /** Allowed clock skew in milliseconds for observation times (spec §4). */
  readonly skewMs: number;
  report(code: IssueCode, path: readonly PathSegment[]): void;
  /** Runs the rules of a nested document (packet, fixture) with its issues placed under `path`. */
  nested(kind: Kind, doc: unknown, path: readonly PathSegment[]): void;
}

/** One document kind: its valibot schema and its consistency rules, run only when the shape is valid. */
export interface KindDefinition<S extends v.GenericSchema = v.GenericSchema> {
  readonly kind: Kind;
  readonly schema: S;
  readonly rules: (doc: v.InferOutput<S>, context: RuleContext) => void;
}

export function defineKind<S extends v.GenericSchema>(definition: KindDefinition<S>): KindDefinition<S> {
  return definition;
}

/** The latest instant an observation time may name: `generatedAt` plus the clock skew (spec §4). */
export function latestObservation(context: RuleContext, generatedAt: string): Instant {
  return addMilliseconds(parseInstant(generatedAt), context.skewMs);
}

/**
 * True when an observation time lies after `latest` (`time-order`). The caller builds the pointer only when it
 * reports, so a valid document allocates none.
 */
export function isLate(observed: string | undefined, latest: Instant): boolean {
  return observed !== undefined && compareInstants(parseInstant(observed), latest) > 0;
}

/** Lists up to this length are checked by comparing entries pairwise, which is cheaper than hashing built keys. */
const LINEAR_LIMIT = 8;

/**
 * Reports `duplicate-entry` at every entry whose key repeats an earlier entry's key. `same` tells whether two entries
 * have the same key without building it (short lists use only `same`; it defaults to comparing `keyOf`).
 */
export function checkUnique<T>(
  context: RuleContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  listPath: readonly PathSegment[],
  same: (a: T, b: T) => boolean = (a, b) => keyOf(a) === keyOf(b),
): void {
  if (items.length <= LINEAR_LIMIT) {
    for (let index = 1; index < items.length; index++) {
      const item = items[index] as T;
      for (let earlier = 0; earlier < index; earlier++) {
        if (same(items[earlier] as T, item)) {
          context.report('duplicate-entry', [...listPath, index]);
          break;
        }
      }
    }
    return;
  }
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const key = keyOf(items[index] as T);
    if (seen.has(key)) context.report('duplicate-entry', [...listPath, index]);
    else seen.add(key);
  }
}

/** True when `later` is strictly after `earlier`, compared as instants at full precision. */
export function isAfter(later: string, earlier: string): boolean {
  return compareInstants(parseInstant(later), parseInstant(earlier)) > 0;
}
