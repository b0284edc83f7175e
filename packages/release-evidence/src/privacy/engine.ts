import { DEFAULT_MAX_DEPTH } from '../json/parse.js';
import { toPointer } from '../json/pointer.js';
import { createPositionIndex } from '../json/position.js';
import { type JsonWalkError, type JsonWalkVisitor, type PathSegment, walkJson } from '../json/tokenize.js';
import { classifyKey } from './keys.js';
import { matchString, NO_CONTEXT } from './match.js';
import { redactMatch } from './redact.js';
import { extensionsDepth, isExempt, roleOf } from './roles.js';
import type { Finding, Rule, RuleContext, ScanResult } from './types.js';

export interface ScanOptions {
  /** Deepest nesting walked before the text is scanned as raw lines (default 64, as for documents). */
  readonly maxDepth?: number;
}

/** A string of the text with everything the rules need. */
interface StringItem {
  readonly value: string;
  readonly offset: number;
  readonly path: readonly PathSegment[];
  readonly isKey: boolean;
}

interface RawFinding {
  readonly rule: Rule;
  readonly item: StringItem;
  readonly match: string;
  readonly redacted: string;
}

/** The scan plus the member names that are themselves findings, which every pointer must hide. */
export interface DetailedScan {
  readonly result: ScanResult;
  readonly secretSegments: ReadonlySet<string>;
}

// Commit fields are found before the walk, so a SHA quoted earlier in the text than its field is still exempt.
const COMMIT_MEMBER = /"(?:commitSha|gitCommit)"[ \t\r\n]{0,64}:[ \t\r\n]{0,64}"([0-9a-f]{40}(?:[0-9a-f]{24})?)"/g;

/** Scans JSON text (spec §8); text that is not JSON is still scanned, line by line, and `error` says why. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  return scanDetailed(text, options).result;
}

/** Scans a value as `JSON.stringify(value, null, 2)` would write it. */
export function scanValue(value: unknown, options: ScanOptions = {}): ScanResult {
  const text = stringify(value);
  if (text === undefined) {
    return withWithheld(
      {
        ok: false,
        findings: [],
        error: { code: 'json-syntax', message: 'the value cannot be written as JSON' },
      },
      [],
    );
  }
  return scanText(text, options);
}

export function stringify(value: unknown): string | undefined {
  try {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One pass of `walkJson` over the text: every key and value, duplicates included, is matched as it is read. Strings
 * inside `extensions` wait for the end of the walk, because their rules depend on the kind of their document.
 */
export function scanDetailed(text: string, options: ScanOptions = {}): DetailedScan {
  const scan = startScan(text);
  return scan.end(walkJson(text, options.maxDepth ?? DEFAULT_MAX_DEPTH, scan.visitor));
}

/** A scan fed by someone else's `walkJson` pass (the strict parser's), so one walk serves parsing and scanning. */
export interface ScanInProgress {
  readonly visitor: JsonWalkVisitor;
  /** Ends the scan; `walkError` is what the walk returned (text that is not JSON is then scanned as raw lines). */
  end(walkError: JsonWalkError | undefined): DetailedScan;
}

export function startScan(text: string): ScanInProgress {
  const exemptShas = new Set<string>();
  for (const match of text.matchAll(COMMIT_MEMBER)) exemptShas.add(match[1] as string);
  const found: RawFinding[] = [];
  const deferred: StringItem[] = [];
  const kinds = new Map<string, string>();
  const keyOffsets: number[] = [];
  const shadowRanges: { start: number; end: number; path: readonly PathSegment[] }[] = [];

  const scanItem = (item: StringItem, extensionsAt: number) => {
    const inExtensions = extensionsAt !== -1 && (!item.isKey || item.path.length - 1 > extensionsAt);
    const role = item.isKey ? 'text' : roleOf(item.path, inExtensions);
    if (!item.isKey && isExempt(role, item.value)) return;
    const value = withoutShas(item.value, exemptShas);
    const keyKind = classifyKey(nearestName(item.path));
    // Outside extensions only the secret-like-key rule can apply, so most strings skip the context rules.
    const context: RuleContext | undefined =
      inExtensions || keyKind === 'secret'
        ? {
            role,
            isKey: item.isKey,
            keyKind,
            inExtensions,
            documentKind: inExtensions ? kinds.get(toPointer(item.path.slice(0, extensionsAt))) : undefined,
          }
        : undefined;
    const matches = matchString(value, context);
    if (matches.length === 0) return;
    const kept = { value: item.value, offset: item.offset, path: [...item.path], isKey: item.isKey };
    for (const [rule, match] of matches) found.push({ rule, item: kept, match, redacted: redactMatch(rule, match) });
  };

  const visitor: JsonWalkVisitor = {
    onString(event) {
      if (event.isKey) keyOffsets[event.memberId] = event.offset;
      else if (event.path[event.path.length - 1] === 'kind') kinds.set(toPointer(event.path.slice(0, -1)), event.value);
      const extensionsAt = extensionsDepth(event.path);
      if (extensionsAt !== -1) deferred.push({ ...event, path: [...event.path] });
      else scanItem(event, extensionsAt);
    },
    onDuplicate(path, offset, shadowed) {
      shadowRanges.push({ start: keyOffsets[shadowed] ?? offset, end: offset, path: [...path] });
    },
  };
  const end = (walkError: JsonWalkError | undefined): DetailedScan => {
    if (walkError) return scanRawLines(text, walkError);
    for (const item of deferred) scanItem(item, extensionsDepth(item.path));
    return finish(text, found, shadowTest(shadowRanges));
  };
  return { visitor, end };
}

/** The document's own commit SHAs are public wherever they are quoted. */
function withoutShas(value: string, shas: ReadonlySet<string>): string {
  if (value.length < 40) return value;
  let result = value;
  for (const sha of shas) if (result.includes(sha)) result = result.replaceAll(sha, ' ');
  return result;
}

function nearestName(path: readonly PathSegment[]): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

/**
 * A string is shadowed when it lies between the name of a member that a later duplicate replaces and that duplicate
 * (same path): `JSON.parse` drops it, but the raw text still carries it.
 */
function shadowTest(
  ranges: readonly { start: number; end: number; path: readonly PathSegment[] }[],
): (item: StringItem) => boolean {
  if (ranges.length === 0) return () => false;
  return (item) =>
    ranges.some(
      (range) =>
        item.offset >= range.start &&
        item.offset < range.end &&
        range.path.every((segment, index) => item.path[index] === segment),
    );
}

/** Text that is not JSON: every line is scanned as free text, so nothing escapes the scan. */
function scanRawLines(text: string, error: JsonWalkError): DetailedScan {
  const found: RawFinding[] = [];
  const context = NO_CONTEXT;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const item: StringItem = { value: line, offset: start, path: [], isKey: false };
    for (const [rule, match] of matchString(line, context))
      found.push({ rule, item, match, redacted: redactMatch(rule, match) });
    if (newline === -1) break;
    start = newline + 1;
  }
  const { result, secretSegments } = finish(text, found, () => false);
  const position = createPositionIndex(text)(error.offset);
  return {
    result: withWithheld(
      { ...result, ok: false, error: { code: error.code, message: `invalid JSON: ${error.message}`, position } },
      result.withheld,
    ),
    secretSegments,
  };
}

function finish(text: string, found: readonly RawFinding[], isShadowed: (item: StringItem) => boolean): DetailedScan {
  const secretSegments = new Set<string>();
  for (const { rule, item } of found) if (item.isKey && !rule.context) secretSegments.add(item.value);
  const positionOf = createPositionIndex(text);
  const findings = found.map(({ rule, item, redacted }): Finding => {
    const { line, column } = positionOf(item.offset);
    const finding = {
      rule: rule.id,
      class: rule.class,
      pointer: toPointer(item.path, (segment) => secretSegments.has(segment)),
      line,
      column,
      redacted,
    };
    return isShadowed(item) ? { ...finding, shadowed: true } : finding;
  });
  findings.sort(compareFindings);
  return { result: withWithheld({ ok: findings.length === 0, findings }, withheldOf(text, found)), secretSegments };
}

/**
 * Adds `withheld` as a property that `JSON.stringify` and spreads skip, so that serialising a result can never
 * write the values it holds.
 */
export function withWithheld<T extends object>(
  target: T,
  withheld: readonly string[],
): T & { withheld: readonly string[] } {
  return Object.defineProperty(target, 'withheld', { value: withheld, enumerable: false }) as T & {
    withheld: readonly string[];
  };
}

/**
 * The raw strings that carried a finding, for the output guard (spec §10): the decoded string, its raw JSON text where
 * that differs, and the matched part. A member name counts only for content rules: a context rule judges the value
 * under a name (`userId`), not the name itself.
 */
function withheldOf(text: string, found: readonly RawFinding[]): readonly string[] {
  const values = new Set<string>();
  for (const { rule, item, match } of found) {
    if (item.isKey && rule.context) continue;
    values.add(item.value);
    if (match !== '' && match !== item.value) values.add(match);
    const raw = rawStringAt(text, item.offset);
    if (raw !== undefined && raw !== item.value) values.add(raw);
  }
  return [...values].sort(compareText);
}

/** The source text between the quotes of the string literal at `offset`, or undefined when none starts there. */
function rawStringAt(text: string, offset: number): string | undefined {
  if (text[offset] !== '"') return undefined;
  for (let index = offset + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '"') return text.slice(offset + 1, index);
  }
  return undefined;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.pointer, b.pointer);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
