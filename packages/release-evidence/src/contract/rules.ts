import type * as v from 'valibot';
import type { PathSegment } from '../json/tokenize.js';
import type { IssueCode } from './codes.js';
import type { Kind } from './kinds.js';
import { parseTimestamp } from './time.js';

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

/** Reports `time-order` when an observation time lies after `generatedAt` plus the clock skew. */
export function checkObserved(
  context: RuleContext,
  generatedAt: string,
  observed: string | undefined,
  path: readonly PathSegment[],
): void {
  if (observed === undefined) return;
  if (parseTimestamp(observed) > parseTimestamp(generatedAt) + context.skewMs) context.report('time-order', path);
}

/** Reports `duplicate-entry` at every entry whose key repeats an earlier entry's key. */
export function checkUnique<T>(
  context: RuleContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  listPath: readonly PathSegment[],
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) context.report('duplicate-entry', [...listPath, index]);
    seen.add(key);
  });
}

/** True when `later` is strictly after `earlier`, compared as instants. */
export function isAfter(later: string, earlier: string): boolean {
  return parseTimestamp(later) > parseTimestamp(earlier);
}
