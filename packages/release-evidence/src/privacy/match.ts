import { charMask, compileNeeds, type Features, featuresOf } from './features.js';
import { decodeBase64Runs, decodePercent, normalizeText } from './normalize.js';
import { RULES } from './rules/index.js';
import type { Rule, RuleContext } from './types.js';

/*
 * Matching one string against the catalogue: context rules by where the string stands, content rules by what it
 * says, on each view of it (normalised, percent-decoded, base64-decoded).
 */

const CONTENT_RULES = RULES.filter((rule) => !rule.context);
// Content detectors judge the text alone; they get a neutral context.
export const NO_CONTEXT: RuleContext = {
  role: 'text',
  isKey: false,
  keyKind: undefined,
  inExtensions: false,
  documentKind: undefined,
};
const CONTEXT_RULES = RULES.filter((rule) => rule.context);
const GATES = CONTENT_RULES.map((rule) => compileNeeds(rule.needs));

/** Runs the context rules once and the content rules on each view of the string; at most one finding per rule. */
export function matchString(value: string, context: RuleContext | undefined): readonly (readonly [Rule, string])[] {
  const content = contentMatches(value);
  if (!context) return content;
  const matches: (readonly [Rule, string])[] = [];
  for (const rule of CONTEXT_RULES) {
    if (value.length < (rule.minLength ?? 0)) continue;
    const match = rule.detect?.(value, context);
    if (match !== undefined) matches.push([rule, match]);
  }
  return matches.length === 0 ? content : [...matches, ...content];
}

// Documents repeat short strings (member names, statuses, labels); content rules do not depend on context, so their
// result for a short string is cached. The cache is bounded and results are the same with or without it.
const CACHEABLE_LENGTH = 256;
const CACHE_LIMIT = 20_000;
const contentCache = new Map<string, readonly (readonly [Rule, string])[]>();

function contentMatches(value: string): readonly (readonly [Rule, string])[] {
  const cacheable = value.length <= CACHEABLE_LENGTH;
  const cached = cacheable ? contentCache.get(value) : undefined;
  if (cached) return cached;
  const found: (string | undefined)[] = [];
  for (const view of viewsOf(value)) {
    for (let index = 0; index < CONTENT_RULES.length; index++) {
      if (found[index] !== undefined || !(GATES[index] as (features: Features) => boolean)(view.features)) continue;
      found[index] = matchRule(CONTENT_RULES[index] as Rule, view.text);
    }
  }
  const matches: (readonly [Rule, string])[] = [];
  found.forEach((match, index) => {
    if (match !== undefined) matches.push([CONTENT_RULES[index] as Rule, match]);
  });
  if (cacheable) {
    if (contentCache.size >= CACHE_LIMIT) contentCache.clear();
    contentCache.set(value, matches);
  }
  return matches;
}

const PERCENT_BIT = charMask('%');
const MIN_BASE64_RUN = 16;

/** The normalised string, then its percent- and base64-decoded forms where its features allow that encoding. */
function viewsOf(value: string): { text: string; features: Features }[] {
  const raw = featuresOf(value);
  const text = raw.nonAscii ? normalizeText(value) : value;
  const features = text === value ? raw : featuresOf(text);
  const views = [{ text, features }];
  const percent = features.chars & PERCENT_BIT ? decodePercent(text) : undefined;
  const base64 = features.mixedBase64Run >= MIN_BASE64_RUN ? decodeBase64Runs(text) : undefined;
  for (const decoded of [percent, base64]) {
    if (decoded === undefined) continue;
    const normal = normalizeText(decoded);
    views.push({ text: normal, features: featuresOf(normal) });
  }
  return views;
}

const KEYWORD_SCAN_LIMIT = 4096;

function matchRule(rule: Rule, view: string): string | undefined {
  if (view.length < (rule.minLength ?? 1)) return undefined;
  // On long strings the linear patterns scan faster than a keyword search of every keyword would.
  if (rule.keywords && view.length <= KEYWORD_SCAN_LIMIT && !hasKeyword(view, rule.keywords)) return undefined;
  if (rule.pattern) return rule.pattern.exec(view)?.[0];
  return rule.detect?.(view, NO_CONTEXT);
}

let lastView = '';
let lastLower = '';
function hasKeyword(view: string, keywords: readonly string[]): boolean {
  // The views of one string are checked by every rule in turn; lower-case each once.
  if (view !== lastView) {
    lastView = view;
    lastLower = view.toLowerCase();
  }
  return keywords.some((keyword) => lastLower.includes(keyword));
}
