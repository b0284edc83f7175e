import { COMMIT_SHA_BODY } from '../contract/patterns.js';
import { compareText } from '../json/compare.js';
import { DEFAULT_MAX_DEPTH } from '../json/parse.js';
import { toPointer } from '../json/pointer.js';
import { createPositionIndex } from '../json/position.js';
import { type JsonWalkError, type JsonWalkVisitor, type PathSegment, walkJson } from '../json/tokenize.js';
import { makeFinding } from './finding.js';
import type { Matcher, RuleMatch } from './match.js';
import { ShaSet } from './own-shas.js';
import { pathIds } from './path-ids.js';
import { extensionsDepth, isExempt, isOwnCommit, roleOf } from './roles.js';
import type { Finding, RuleContext, ScanResult } from './types.js';
import { withWithheld } from './withheld.js';

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
  /** Id of the innermost member the string stands in (its own, for a member name), or -1; `memberParents` has the rest. */
  readonly member?: number;
}

export interface RawFinding {
  readonly match: RuleMatch;
  readonly item: StringItem;
}

/** The scan plus the member names that are themselves findings, which every pointer must hide. */
export interface DetailedScan {
  readonly result: ScanResult;
  readonly secretSegments: ReadonlySet<string>;
}

/** A scan fed by someone else's `walkJson` pass (the strict parser's), so one walk serves parsing and scanning. */
export interface ScanInProgress {
  readonly visitor: JsonWalkVisitor;
  /** Ends the scan; `walkError` is what the walk returned (text that is not JSON is then scanned as raw lines). */
  end(walkError: JsonWalkError | undefined): DetailedScan;
}

// Candidates for the document's own commit SHA, found before the walk so that a SHA quoted earlier than its field is
// still exempt; the walk confirms which stand in an own commit field (never one inside extensions).
const COMMIT_MEMBER = new RegExp(
  `"(?:commitSha|gitCommit)"[ \\t\\r\\n]{0,64}:[ \\t\\r\\n]{0,64}"(${COMMIT_SHA_BODY})"`,
  'g',
);
// A value that names a secret (`CLOUDFLARE_API_TOKEN`): fingerprint keys beside it are fingerprints.
const SECRET_NAME = /^[A-Z][A-Z0-9_]{2,}$/;

/** The text `JSON.stringify(value, null, 2)` writes, or undefined when the value cannot be written as JSON. */
export function stringify(value: unknown): string | undefined {
  try {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

export function scanDetailed(text: string, matcher: Matcher, options: ScanOptions = {}): DetailedScan {
  const scan = startScan(text, matcher);
  return scan.end(walkJson(text, options.maxDepth ?? DEFAULT_MAX_DEPTH, scan.visitor));
}

/**
 * One pass of `walkJson` over the text: every key and value, duplicates included, is matched as it is read. Strings
 * whose rules depend on what comes later wait for the end of the walk: those inside `extensions` (their document's
 * kind), those quoting a commit SHA (whether it is the document's own), and fingerprint keys (their siblings).
 */
export function startScan(text: string, matcher: Matcher): ScanInProgress {
  const candidateShas = new ShaSet();
  for (const match of text.matchAll(COMMIT_MEMBER)) candidateShas.add(match[1] as string);
  const ownShas = new ShaSet();
  const found: RawFinding[] = [];
  const deferred: StringItem[] = [];
  // Keyed by the id of a container's path (`pathIds`), which stands for its pointer.
  const paths = pathIds((segment) => matcher.classifyKey(segment) === 'secret');
  const pathId = paths.id;
  const kinds = new Map<number, string>();
  const besideSecretNames = new Set<number>();
  // The id of the open member at each path position (set by its name), each member's enclosing member, and the
  // members a later duplicate replaced.
  const memberAt: number[] = [];
  const memberParents: number[] = [];
  const shadowedMembers = new Set<number>();
  // The innermost member a string stands in, read while the walk is inside it: its path's last name.
  const memberOf = (path: readonly PathSegment[], before = path.length): number => {
    const at = nearestNameIndex(path, before);
    return at === -1 ? -1 : (memberAt[at] as number);
  };

  const contextOf = (item: StringItem, extensionsAt: number): RuleContext => {
    const inExtensions = extensionsAt !== -1 && (!item.isKey || item.path.length - 1 > extensionsAt);
    const nearestAt = nearestNameIndex(item.path);
    const nearestName = nearestAt === -1 ? '' : (item.path[nearestAt] as string);
    const underSecret = nearestAt > 0 && paths.secretWithin(item.path, nearestAt);
    const keyKind = matcher.classifyKey(nearestName);
    return {
      role: item.isKey ? 'text' : roleOf(item.path, inExtensions),
      isKey: item.isKey,
      keyKind,
      nearestName,
      underSecret,
      nextToSecretName: keyKind === 'fingerprint' && besideSecretNames.has(pathId(item.path, item.path.length - 1)),
      inExtensions,
      documentKind: inExtensions ? kinds.get(pathId(item.path, extensionsAt)) : undefined,
    };
  };

  const scanItem = (item: StringItem) => {
    const context = contextOf(item, extensionsDepth(item.path));
    if (!item.isKey && isExempt(context.role, item.value)) return;
    const value = ownShas.without(item.value);
    const matches = matcher.matchString(value, context);
    if (matches.length === 0) return;
    const member = item.member ?? memberOf(item.path);
    const kept = { value: item.value, offset: item.offset, path: [...item.path], isKey: item.isKey, member };
    for (const match of matches) found.push({ match, item: kept });
  };

  const mustWait = (item: StringItem) =>
    extensionsDepth(item.path) !== -1 ||
    (item.isKey && matcher.classifyKey(item.value) === 'fingerprint') ||
    candidateShas.quotedIn(item.value);

  const visitor: JsonWalkVisitor = {
    onString(event) {
      if (event.isKey) {
        memberAt[event.path.length - 1] = event.memberId;
        memberParents[event.memberId] = memberOf(event.path, event.path.length - 1);
      } else {
        const last = event.path[event.path.length - 1];
        if (last === 'kind') kinds.set(pathId(event.path, event.path.length - 1), event.value);
        if (isOwnCommit(event.path, event.value)) ownShas.add(event.value);
        if (SECRET_NAME.test(event.value) && matcher.classifyKey(event.value) === 'secret') {
          besideSecretNames.add(pathId(event.path, event.path.length - 1));
        }
      }
      if (mustWait(event)) deferred.push({ ...event, path: [...event.path], member: memberOf(event.path) });
      else scanItem(event);
    },
    onDuplicate(_path, _offset, shadowed) {
      shadowedMembers.add(shadowed);
    },
  };
  const end = (walkError: JsonWalkError | undefined): DetailedScan => {
    if (walkError) return scanRawLines(text, walkError, matcher);
    for (const item of deferred) scanItem(item);
    return finish(text, found, shadowTest(shadowedMembers, memberParents), matcher);
  };
  return { visitor, end };
}

/** Index of the last member name among the first `before` segments of the path, or -1. */
function nearestNameIndex(path: readonly PathSegment[], before = path.length): number {
  for (let index = before - 1; index >= 0; index--) if (typeof path[index] === 'string') return index;
  return -1;
}

/**
 * A string is shadowed when it stands in a member that a later duplicate replaces (its name, its value, anything
 * nested in it): `JSON.parse` drops it, but the raw text still carries it. Judged by member id, not by testing every
 * finding against every duplicate's text range: that cost findings times duplicates (seconds for 1 MiB of both).
 */
function shadowTest(shadowed: ReadonlySet<number>, parents: readonly number[]): (item: StringItem) => boolean {
  if (shadowed.size === 0) return () => false;
  return (item) => {
    for (let member = item.member ?? -1; member !== -1; member = parents[member] as number) {
      if (shadowed.has(member)) return true;
    }
    return false;
  };
}

/** Text that is not JSON: every line is scanned as free text, so nothing escapes the scan. */
function scanRawLines(text: string, error: JsonWalkError, matcher: Matcher): DetailedScan {
  const found: RawFinding[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // An empty line matches nothing (no rule takes an empty match, and lines have no context), and most lines match
    // nothing: 1 MiB of empty lines cost 140-210 ms in calls and items alone.
    const line = text.slice(start, end);
    const matches = line === '' ? [] : matcher.matchString(line, undefined);
    if (matches.length > 0) {
      const item: StringItem = { value: line, offset: start, path: [], isKey: false };
      for (const match of matches) found.push({ match, item });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const { result, secretSegments } = finish(text, found, () => false, matcher);
  const position = createPositionIndex(text)(error.offset);
  const failed = {
    ok: false,
    findings: result.findings,
    error: { code: error.code, message: `invalid JSON: ${error.message}`, position },
  };
  return { result: withWithheld(failed, result.withheld), secretSegments };
}

function finish(
  text: string,
  found: readonly RawFinding[],
  isShadowed: (item: StringItem) => boolean,
  matcher: Matcher,
): DetailedScan {
  const secretSegments = new Set<string>();
  for (const { match, item } of found) if (item.isKey && !match.rule.detect) secretSegments.add(item.value);
  const positionOf = createPositionIndex(text);
  const findings = found.map(({ match, item }): Finding => {
    const { line, column } = positionOf(item.offset);
    const finding = {
      rule: match.rule.id,
      class: match.rule.class,
      pointer: toPointer(item.path, (segment) => secretSegments.has(segment)),
      line,
      column,
      redacted: matcher.redact(match),
    };
    return makeFinding(isShadowed(item) ? { ...finding, shadowed: true } : finding);
  });
  findings.sort(compareFindings);
  const withheld = withheldOf(text, found);
  return { result: withWithheld({ ok: findings.length === 0, findings }, withheld), secretSegments };
}

/**
 * The strings that carried a finding: the decoded string, its raw JSON text where that differs, and the matched
 * part. A member name flagged by a context rule (`userId`) is public: the rule judges the value under it.
 */
function withheldOf(text: string, found: readonly RawFinding[]): readonly string[] {
  const values = new Set<string>();
  // A string's raw form is read once, however many rules it tripped: reading it per finding made one long string
  // with many findings cost its length times the rules.
  const rawOf = new Map<number, string | undefined>();
  for (const { match, item } of found) {
    if (item.isKey && match.rule.detect) continue;
    values.add(item.value);
    if (match.text !== '' && match.text !== item.value) values.add(match.text);
    if (!rawOf.has(item.offset)) rawOf.set(item.offset, rawStringAt(text, item.offset));
    const raw = rawOf.get(item.offset);
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
