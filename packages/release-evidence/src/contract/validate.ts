import * as v from 'valibot';
import { type ParseLimits, type ParseResult, parseJson } from '../json/parse.js';
import { isRecord } from '../json/record.js';
import type { PathSegment } from '../json/tokenize.js';
import { type IssueCode, isIssueCode } from './codes.js';
import { makeIssue, parseIssue, sortIssues, type ValidationIssue } from './issues.js';
import { isKind, type Kind } from './kinds.js';
import { LABEL_PATTERN } from './patterns.js';
import { type Policy, policy } from './policy-schema.js';
import { REGISTRY } from './registry.js';
import type { RuleContext } from './rules.js';

export interface ValidationResult {
  /** True when the document has no issue at all. */
  readonly ok: boolean;
  /** The document's kind, when it names a known one. */
  readonly kind?: Kind;
  /** The document's id, when it is a valid label. */
  readonly id?: string;
  readonly errors: ValidationIssue[];
  /** The parsed document (as given, unknown members included), whenever the input is a JSON object. */
  readonly value?: unknown;
}

export interface ValidateOptions {
  readonly limits?: ParseLimits;
  /** Reject a document of another kind (`unexpected-kind`). */
  readonly expectKind?: Kind;
  /** Allowed skew for observation times against generatedAt; default 5 minutes (PT5M). */
  readonly clockSkewMs?: number;
}

export const DEFAULT_CLOCK_SKEW_MS = 5 * 60_000;

const LABEL = new RegExp(LABEL_PATTERN);
const CONFIG = { abortEarly: false, abortPipeEarly: true } as const;

/**
 * Validates one contract document: JSON text (parsed strictly, I-JSON) or an in-memory value. Checks the shape of its
 * kind, then, when the shape is valid, the kind's consistency rules. Never throws; issues are sorted and distinct.
 */
export function validateDocument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return typeof input === 'string'
    ? validateParsed(parseJson(input, options.limits), options)
    : guarded(input, options);
}

/**
 * Validates JSON text that the caller already parsed with `parseJson`, so a caller that walks the text for another
 * reason (the privacy scan) walks it only once. Same result as `validateDocument(text)`.
 */
export function validateParsed(parsed: ParseResult, options: ValidateOptions = {}): ValidationResult {
  const read = readParsed(parsed);
  return read.ok ? guarded(read.value, options, read.issues) : { ok: false, errors: [read.error] };
}

function guarded(value: unknown, options: ValidateOptions, issues: ValidationIssue[] = []): ValidationResult {
  try {
    return validate(value, options, issues);
  } catch {
    // Only exotic in-memory values (throwing getters, proxies) get here; JSON text never does.
    return { ok: false, errors: [makeIssue('invalid-value', [], { unreadable: 'document' })] };
  }
}

type Read = { ok: true; value: unknown; issues: ValidationIssue[] } | { ok: false; error: ValidationIssue };

/** A parse failure becomes one issue; the I-JSON problems the parser saw (duplicates, unsafe integers) become issues. */
function readParsed(parsed: ParseResult): Read {
  if (!parsed.ok) {
    return { ok: false, error: parseIssue(parsed.error) };
  }
  const issues: ValidationIssue[] = [];
  for (const path of parsed.duplicateKeys) issues.push(makeIssue('duplicate-key', path));
  for (const path of parsed.unsafeIntegers) issues.push(makeIssue('number-range', path));
  return { ok: true, value: parsed.value, issues };
}

/** JSON text is parsed strictly; any other input is taken as the value itself. */
function readInput(input: unknown, limits: ParseLimits | undefined): Read {
  return typeof input === 'string' ? readParsed(parseJson(input, limits)) : { ok: true, value: input, issues: [] };
}

function validate(value: unknown, options: ValidateOptions, issues: ValidationIssue[]): ValidationResult {
  if (!isRecord(value)) return { ok: false, errors: [makeIssue('invalid-type', [], { notObject: true })] };

  const kind = Object.hasOwn(value, 'kind') ? value.kind : undefined;
  if (!isKind(kind)) {
    issues.push(makeIssue(kind === undefined ? 'required' : 'unknown-kind', ['kind']));
    return finish(issues, undefined, value);
  }
  if (options.expectKind !== undefined && kind !== options.expectKind) {
    issues.push(makeIssue('unexpected-kind', ['kind']));
    return finish(issues, kind, value);
  }
  // Shape first; the consistency rules run only on a document whose shape is valid.
  const definition = REGISTRY[kind];
  const output = checkShape(definition.schema, value, issues);
  if (output.ok) definition.rules(output.value, new Rules(options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS, [], issues));
  // Every kind's shape has `id: label`: with no issue at `/id`, a string id is a valid label.
  return finish(issues, kind, value, !issues.some((issue) => issue.pointer === '/id'));
}

function checkShape(
  schema: v.GenericSchema,
  value: unknown,
  issues: ValidationIssue[],
): { ok: true; value: unknown } | { ok: false } {
  const result = v.safeParse(schema, value, CONFIG);
  if (result.success) return { ok: true, value: result.output };
  for (const issue of result.issues) {
    const path = issuePath(issue);
    const array = arrayReadAsObject(issue);
    issues.push(array === -1 ? makeIssue(codeOf(issue), path) : makeIssue('invalid-type', path.slice(0, array)));
  }
  return { ok: false };
}

/**
 * Valibot's objects take an array for an object, the contract does not: the closed shape reports the array itself as
 * `invalid-type`, and whatever valibot found by reading it as an object (missing members, index keys) is that same
 * issue. Returns where on the issue's path the array sits, or -1.
 */
function arrayReadAsObject(issue: v.BaseIssue<unknown>): number {
  return issue.path?.findIndex((item) => item.type === 'object' && Array.isArray(item.input)) ?? -1;
}

/**
 * Validates a policy on its own (spec §5, the CLI's `--policy FILE`): JSON text or a value, with the same codes and
 * pointers as inside a candidate. An unknown gate is `unknown-gate`.
 */
export function validatePolicy(input: unknown, options: Pick<ValidateOptions, 'limits'> = {}): PolicyValidation {
  try {
    const read = readInput(input, options.limits);
    if (!read.ok) return { ok: false, errors: [read.error] };
    const output = checkShape(policy, read.value, read.issues);
    const errors = sortIssues(read.issues);
    return output.ok && errors.length === 0
      ? { ok: true, errors, value: output.value as Policy }
      : { ok: false, errors };
  } catch {
    return { ok: false, errors: [makeIssue('invalid-value', [], { unreadable: 'policy' })] };
  }
}

export interface PolicyValidation {
  readonly ok: boolean;
  readonly errors: ValidationIssue[];
  /** The policy, when it is valid. */
  readonly value?: Policy;
}

/** The rule context of a document, or of a nested one whose issues sit under `prefix`. */
class Rules implements RuleContext {
  constructor(
    readonly skewMs: number,
    private readonly prefix: readonly PathSegment[],
    private readonly issues: ValidationIssue[],
  ) {}

  report(code: IssueCode, path: readonly PathSegment[]): void {
    this.issues.push(makeIssue(code, this.prefix.length === 0 ? path : [...this.prefix, ...path]));
  }

  /** Nested documents were shape-checked with their parent, so only their rules remain. */
  nested(kind: Kind, doc: unknown, path: readonly PathSegment[]): void {
    const rules = REGISTRY[kind].rules as (doc: unknown, context: RuleContext) => void;
    rules(doc, new Rules(this.skewMs, [...this.prefix, ...path], this.issues));
  }
}

function issuePath(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

const VALUE_TYPES: ReadonlySet<string> = new Set(['picklist', 'literal', 'variant', 'enum']);

/** Actions carry their code as message; schema issues are mapped by type. Valibot's own text is never used. */
function codeOf(issue: v.BaseIssue<unknown>): IssueCode {
  if (isIssueCode(issue.message)) return issue.message;
  const last = issue.path?.[issue.path.length - 1];
  if (issue.input === undefined && last?.origin === 'key') return 'required';
  return VALUE_TYPES.has(issue.type) ? 'invalid-value' : 'invalid-type';
}

/** `idChecked` says the shape has checked `id` as a label, so a string id needs no second look. */
function finish(issues: ValidationIssue[], kind: Kind | undefined, record: Record<string, unknown>, idChecked = false) {
  const errors = sortIssues(issues);
  const result: { ok: boolean; errors: ValidationIssue[]; kind?: Kind; id?: string; value?: unknown } = {
    ok: errors.length === 0,
    errors,
    value: record,
  };
  if (kind !== undefined) result.kind = kind;
  const id = record.id;
  if (typeof id === 'string' && (idChecked || LABEL.test(id))) result.id = id;
  return result;
}
