import { BoundedCache, detached } from './bounded-cache.js';
import { patternFacts } from './compile.js';
import { charMask, compileNeeds, type Features, featuresOf } from './features.js';
import { createKeyClassifier } from './keys.js';
import { createKeywordIndex } from './keywords.js';
import { decodeBase64Runs, decodePercent, normalizeText } from './normalize.js';
import { isPlaceholder } from './placeholder.js';
import { REDACTED } from './redact.js';
import type { KeyKind, Rule, RuleContext, RuleTools } from './types.js';

/*
 * Matching one string against a catalogue: context rules by where the string stands, content rules by what it
 * says, on each view of it (normalised, percent-decoded, base64-decoded). Everything a rule needs at run time is
 * compiled here from its declaration, once per matcher.
 */

/** A rule that fired: the text it flagged (the whole string, or the part the pattern matched). */
export interface RuleMatch {
  readonly rule: Rule;
  readonly text: string;
}

export interface Matcher {
  readonly rules: readonly Rule[];
  matchString(value: string, context: RuleContext | undefined): readonly RuleMatch[];
  classifyKey(key: string): KeyKind | undefined;
  /** `ghp_…` for a documented prefix, else `[redacted]`. */
  redact(match: RuleMatch): string;
}

interface ContentRule {
  readonly rule: Rule;
  /** The rule's own pattern, which the facts are read from, and the global copy that runs. */
  readonly declared: RegExp;
  readonly pattern: RegExp;
  readonly keyworded: boolean;
  /**
   * Its prefilter facts, derived from the pattern when a string first needs them: in most runs most keywords never
   * occur, so most rules never need theirs, and a scanner (one per worker thread) starts in less time.
   */
  facts?: { readonly minLength: number; readonly gate: (features: Features) => boolean };
}

// Documents repeat short strings (member names, statuses, labels); content rules do not depend on context, so their
// result for a short string is kept. The cache is bounded and results are the same with or without it.
const CACHEABLE_LENGTH = 256;
const PERCENT_BIT = charMask('%');
const MIN_BASE64_RUN = 16;
const NO_MATCHES: readonly RuleMatch[] = Object.freeze([]);

export function createMatcher(rules: readonly Rule[]): Matcher {
  const content: ContentRule[] = [];
  const context: Rule[] = [];
  for (const rule of rules) {
    if (rule.detect) {
      context.push(rule);
    } else if (rule.pattern) {
      const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
      const keyworded = (rule.keywords?.length ?? 0) > 0;
      content.push({ rule, declared: rule.pattern, pattern: new RegExp(rule.pattern.source, flags), keyworded });
    }
  }
  const keywords = createKeywordIndex(content.map(({ rule }) => rule.keywords));
  // Most strings hold no keyword at all: only the rules without keywords, and those whose keyword the string holds,
  // are tried, instead of walking the whole catalogue for every string.
  const unkeyworded = content.flatMap((compiled, index) => (compiled.keyworded ? [] : [index]));
  const hits = new Uint8Array(content.length);
  const cache = new BoundedCache<readonly RuleMatch[]>();
  const classifier = createKeyClassifier();
  const tools: RuleTools = { classifyKey: classifier };

  // Reused by every string: most strings match nothing, and then nothing is allocated for them.
  const candidates: number[] = [];
  /** Runs the rules a view's keywords and features let through; adds what they find to `found`. */
  function matchView(text: string, features: Features, found: Map<number, string> | undefined) {
    candidates.length = 0;
    for (const index of unkeyworded) candidates.push(index);
    keywords.find(text, hits, candidates);
    // Cleared before any rule runs, so a rule that throws cannot leave marks that hide rules from later strings.
    for (const index of candidates) hits[index] = 0;
    let matched = found;
    for (const index of candidates) {
      const compiled = content[index] as ContentRule;
      const facts = compiled.facts ?? factsOf(compiled);
      if (matched?.has(index) || text.length < facts.minLength || !facts.gate(features)) continue;
      const match = firstMatch(compiled, text, tools);
      if (match === undefined) continue;
      matched ??= new Map();
      matched.set(index, match);
    }
    return matched;
  }

  function contentMatches(value: string): readonly RuleMatch[] {
    const cacheable = value.length <= CACHEABLE_LENGTH;
    const cached = cacheable ? cache.get(value) : undefined;
    if (cached) return cached;
    // The normalised string, then its percent- and base64-decoded forms where its features allow that encoding.
    const raw = featuresOf(value);
    const text = raw.nonAscii ? normalizeText(value) : value;
    const features = text === value ? raw : featuresOf(text);
    let found = matchView(text, features, undefined);
    if (features.chars & PERCENT_BIT) found = matchDecoded(decodePercent(text), found);
    if (features.mixedBase64Run >= MIN_BASE64_RUN) found = matchDecoded(decodeBase64Runs(text), found);
    // In catalogue order, whichever view found them.
    const matches =
      found === undefined
        ? NO_MATCHES
        : [...found.keys()]
            .sort((a, b) => a - b)
            .map((index) => {
              // A kept result keeps its matched text: copied, or the text would keep its whole file alive.
              const text = found.get(index) as string;
              return { rule: (content[index] as ContentRule).rule, text: cacheable ? detached(text) : text };
            });
    if (cacheable) cache.set(value, matches);
    return matches;
  }

  function matchDecoded(decoded: string | undefined, found: Map<number, string> | undefined) {
    if (decoded === undefined) return found;
    const normal = normalizeText(decoded);
    return matchView(normal, featuresOf(normal), found);
  }

  return {
    rules,
    classifyKey: classifier,
    matchString(value, where) {
      const matches = contentMatches(value);
      if (!where) return matches;
      let contextual: RuleMatch[] | undefined;
      for (const rule of context) {
        const text = rule.detect?.(value, where);
        if (text === undefined) continue;
        contextual ??= [];
        contextual.push({ rule, text });
      }
      return contextual === undefined ? matches : [...contextual, ...matches];
    },
    redact: ({ rule, text }) => {
      const prefix = rule.redactPrefix ? prefixOf(rule, text) : undefined;
      return prefix === undefined ? REDACTED : `${prefix}…`;
    },
  };
}

function factsOf(compiled: ContentRule): NonNullable<ContentRule['facts']> {
  const { minLength, needs } = patternFacts(compiled.declared);
  compiled.facts = { minLength, gate: compileNeeds(needs) };
  return compiled.facts;
}

/** The first match the rule takes: accepted by its filter and no placeholder. Matches never overlap: linear. */
function firstMatch({ rule, pattern }: ContentRule, text: string, tools: RuleTools): string | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    else if ((rule.accept?.(match, tools) ?? true) && !isPlaceholder(secretPart(rule, match))) return match[0];
  }
  return undefined;
}

function secretPart(rule: Rule, match: RegExpExecArray): string {
  const group = match.groups?.secret;
  if (group !== undefined) return group;
  const prefix = rule.redactPrefix ? prefixOf(rule, match[0]) : undefined;
  return prefix === undefined ? match[0] : match[0].slice(prefix.length);
}

/** The longest documented prefix (keyword) the match starts with, in its documented case. */
function prefixOf(rule: Rule, text: string): string | undefined {
  const lower = text.slice(0, 64).toLowerCase();
  let best: string | undefined;
  for (const keyword of rule.keywords ?? []) {
    if (lower.startsWith(keyword.toLowerCase()) && keyword.length > (best?.length ?? 0)) best = keyword;
  }
  return best;
}
