import { compareText } from '../json/compare.js';
import { pointerSegment } from '../json/pointer.js';
import { createPositionIndex } from '../json/position.js';
import type { PathSegment } from '../json/tokenize.js';
import { detached } from './bounded-cache.js';
import { type Container, pointerOf } from './containers.js';
import { makeFinding } from './finding.js';
import type { Matcher, RuleMatch } from './match.js';
import type { Finding, KeyKind, ScanResult } from './types.js';
import { withWithheld } from './withheld.js';

// The second half of a scan: the strings that matched, turned into sorted findings and the values to withhold.

/**
 * The longest member name a finding's pointer writes; a longer one is written `~redacted`, as a name that is itself a
 * finding is. Output must stay in proportion to input: 60 nested names of 8 KB above 50k findings made every pointer
 * 500 KB long, and one 1 MiB file 25 GB of output (the CLI aborted). Names in evidence are short; 128 is the
 * contract's label limit.
 */
export const LONGEST_POINTER_NAME = 128;

/** A string of the text with everything the rules need. */
export interface StringItem {
  readonly value: string;
  readonly offset: number;
  readonly isKey: boolean;
  /** The object or array it stands in: undefined for a top-level string or a raw line. */
  readonly container: Container | undefined;
  /** Its own segment in that container: the last of its path. */
  readonly last: PathSegment | undefined;
  /** The key class of the nearest member name on its path (its own, for a member name). */
  readonly nameKind: KeyKind | undefined;
  /** Id of the innermost member the string stands in (its own, for a member name), or -1; its containers', the rest. */
  readonly member: number;
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

/** Sorted findings and withheld values for what the walk found; `isShadowed` tells the strings JSON.parse drops. */
export function finish(
  text: string,
  found: readonly RawFinding[],
  isShadowed: (item: StringItem) => boolean,
  matcher: Matcher,
): DetailedScan {
  const secretSegments = new Set<string>();
  for (const { match, item } of found) if (item.isKey && !match.rule.detect) secretSegments.add(item.value);
  const positionOf = createPositionIndex(text);
  // Each segment's text is a copy: a pointer made of names cut out of the text would keep the whole text alive as
  // long as the finding is held.
  const isHidden = (name: string) => name.length > LONGEST_POINTER_NAME || secretSegments.has(name);
  const segmentText = (segment: PathSegment) => detached(pointerSegment(segment, isHidden));
  const containerPointers = new Map<Container, string>();
  const findings = found.map(({ match, item }): Finding => {
    const { line, column } = positionOf(item.offset);
    const within = pointerOf(item.container, segmentText, containerPointers);
    const finding = {
      rule: match.rule.id,
      class: match.rule.class,
      pointer: item.last === undefined ? within : `${within}/${segmentText(item.last)}`,
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
  let previous: StringItem | undefined;
  for (const { match, item } of found) {
    if (item.isKey && match.rule.detect) continue;
    if (match.text !== '' && match.text !== item.value) values.add(match.text);
    // A string's findings are consecutive, and its value and raw form are read once, however many rules it tripped:
    // reading the raw form per finding made one long string with many findings cost its length times the rules.
    if (item === previous) continue;
    previous = item;
    values.add(item.value);
    const raw = rawStringAt(text, item.offset);
    if (raw !== undefined && raw !== item.value) values.add(raw);
  }
  // Copies: a value cut out of the text would keep the whole text alive as long as the result is held.
  return [...values].sort(compareText).map(detached);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The source text between the quotes of the string literal at `offset`, or undefined when none starts there. */
function rawStringAt(text: string, offset: number): string | undefined {
  if (text.charCodeAt(offset) !== QUOTE) return undefined;
  for (let index = offset + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index++;
    else if (code === QUOTE) return text.slice(offset + 1, index);
  }
  return undefined;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.pointer, b.pointer);
}
