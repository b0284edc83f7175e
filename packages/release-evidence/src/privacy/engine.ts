import { COMMIT_SHA_BODY } from '../contract/patterns.js';
import { DEFAULT_MAX_DEPTH } from '../json/parse.js';
import { createPositionIndex } from '../json/position.js';
import { type JsonWalkError, type JsonWalkVisitor, type PathSegment, walkJson } from '../json/tokenize.js';
import { type Container, containerRecords } from './containers.js';
import { type DetailedScan, finish, type RawFinding, type StringItem } from './found.js';
import type { Matcher } from './match.js';
import { ShaSet } from './own-shas.js';
import { isExempt, isOwnCommit, roleOf } from './roles.js';
import type { KeyKind, RuleContext } from './types.js';
import { withWithheld } from './withheld.js';

export interface ScanOptions {
  /** Deepest nesting walked before the text is scanned as raw lines (default 64, as for documents). */
  readonly maxDepth?: number;
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
  const records = containerRecords();
  // The open containers by depth; each string stands in the one at its path's length minus one. And the key class of
  // the member name last read at each path position, so each name is classified once, not again for its value.
  const open: Container[] = [];
  const nameKinds: (KeyKind | undefined)[] = [];
  // Each container's `kind` in the order met, read only after the walk (strings in extensions wait for it), and by
  // pointer id the containers holding a secret name.
  const kindsMet: [Container, string][] = [];
  let kinds: Map<number, string> | undefined;
  const kindAt = (container: Container) => {
    kinds ??= new Map(kindsMet.map(([holder, kind]) => [records.pointerId(holder), kind]));
    return kinds.get(records.pointerId(container));
  };
  const besideSecretNames = new Set<number>();
  // The members a later duplicate replaced.
  const shadowedMembers: number[] = [];

  const contextOf = (item: StringItem): RuleContext => {
    const { container, last, isKey } = item;
    const depth = container === undefined ? -1 : container.depth;
    const extensionsAt = extensionsIndex(container, last);
    const inExtensions = extensionsAt !== -1 && (!isKey || depth > extensionsAt);
    const named = typeof last === 'string';
    const nearestName = named ? last : (container?.name ?? '');
    // A secret-like name above the nearest one: for a member, any before its own name; else any before the nearest.
    const underSecret = (named ? container?.secret : container?.secretBeforeName) === true;
    const keyKind = item.nameKind;
    const kindHolder = container?.extensionsAt === -1 ? container : container?.extensionsOwner;
    return {
      role: isKey ? 'text' : roleOf(last, container?.parent?.segment, inExtensions),
      isKey,
      keyKind,
      nearestName,
      underSecret,
      nextToSecretName:
        keyKind === 'fingerprint' && container !== undefined && besideSecretNames.has(records.pointerId(container)),
      inExtensions,
      documentKind: inExtensions && kindHolder !== undefined ? kindAt(kindHolder) : undefined,
    };
  };

  const scanItem = (item: StringItem) => {
    const context = contextOf(item);
    if (!item.isKey && isExempt(context.role, item.value)) return;
    const matches = matcher.matchString(ownShas.without(item.value), context);
    for (const match of matches) found.push({ match, item });
  };

  const mustWait = (item: StringItem) =>
    extensionsIndex(item.container, item.last) !== -1 ||
    (item.isKey && item.nameKind === 'fingerprint') ||
    candidateShas.quotedIn(item.value);

  const visitor: JsonWalkVisitor = {
    onContainer(path, memberId) {
      const depth = path.length;
      const segment = path[depth - 1];
      const kind = typeof segment === 'string' ? nameKinds[depth - 1] : undefined;
      open[depth] = records.open(depth === 0 ? undefined : open[depth - 1], segment, memberId, kind);
    },
    onString({ value, offset, path, isKey, memberId }) {
      const container = path.length === 0 ? undefined : (open[path.length - 1] as Container);
      const last = path[path.length - 1];
      const named = typeof last === 'string';
      const at = path.length - 1;
      const nameKind = named ? (isKey ? matcher.classifyKey(value) : nameKinds[at]) : container?.nameKind;
      if (isKey) nameKinds[at] = nameKind;
      const member = named ? memberId : (container?.member ?? -1);
      const item = { value, offset, isKey, container, last, nameKind, member };
      if (!isKey && container !== undefined) {
        if (last === 'kind') kindsMet.push([container, value]);
        if (isOwnCommit(last, container.extensionsAt !== -1, value)) ownShas.add(value);
        if (SECRET_NAME.test(value) && matcher.classifyKey(value) === 'secret') {
          besideSecretNames.add(records.pointerId(container));
        }
      }
      if (mustWait(item)) deferred.push(item);
      else scanItem(item);
    },
    onDuplicate(_path, _offset, shadowed) {
      shadowedMembers.push(shadowed);
    },
  };
  const end = (walkError: JsonWalkError | undefined): DetailedScan => {
    if (walkError) return scanRawLines(text, walkError, matcher);
    for (const item of deferred) scanItem(item);
    return finish(text, found, shadowTest(shadowedMembers), matcher);
  };
  return { visitor, end };
}

/** Index of the first `extensions` segment of a string's path (any document's, nested ones included), or -1. */
function extensionsIndex(container: Container | undefined, last: PathSegment | undefined): number {
  if (container === undefined) return -1;
  if (container.extensionsAt !== -1) return container.extensionsAt;
  return last === 'extensions' ? container.depth : -1;
}

/**
 * A string is shadowed when it stands in a member that a later duplicate replaces (its name, its value, anything
 * nested in it): `JSON.parse` drops it, but the raw text still carries it. Judged by member id, up the string's
 * containers, not by testing every finding against every duplicate's text range: that cost findings times duplicates
 * (seconds for 1 MiB of both).
 */
function shadowTest(shadowedMembers: readonly number[]): (item: StringItem) => boolean {
  if (shadowedMembers.length === 0) return () => false;
  const shadowed = new Set(shadowedMembers);
  return (item) => {
    if (shadowed.has(item.member)) return true;
    for (let container = item.container; container !== undefined; container = container.parent) {
      if (shadowed.has(container.member)) return true;
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
      const item: StringItem = {
        value: line,
        offset: start,
        isKey: false,
        container: undefined,
        last: undefined,
        nameKind: undefined,
        member: -1,
      };
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
