import type { ParseError } from '../json/parse.js';
import type { Problem } from '../problem/index.js';

export type PrivacyClass = 'credential' | 'identity' | 'storage' | 'provider' | 'media' | 'private-url';

export const PRIVACY_CLASSES: readonly PrivacyClass[] = [
  'credential',
  'identity',
  'storage',
  'provider',
  'media',
  'private-url',
];

/** A finding's code: one per privacy class, `<class>-finding` (catalogue: `src/problem/codes/privacy.ts`). */
export type FindingCode = `${PrivacyClass}-finding`;

/** What a finding's sentence needs besides its pointer; the same values as its own fields. */
export type FindingArgs = { readonly rule: string; readonly redacted: string; readonly shadowed?: true };

/** A finding's own fields, which are what outputs show (the JSON outputs list exactly these, in this order: see
 * `findingJson` in `src/format/`). */
export interface FindingFields {
  readonly rule: string;
  readonly class: PrivacyClass;
  /** JSON Pointer of the string; a segment that is itself a finding is written `~redacted`. */
  readonly pointer: string;
  /** 1-based line of the string's opening quote. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the string's opening quote. */
  readonly column: number;
  /** A documented public prefix and an ellipsis, or `[redacted]`; never the secret or its length. */
  readonly redacted: string;
  /** Set when the string sits in a duplicate member that `JSON.parse` drops. */
  readonly shadowed?: true;
}

/** One privacy finding: its own fields, and a `Problem` (`code`, `severity`, `pointer`, `args`) built from them. */
export interface Finding extends FindingFields, Problem {
  readonly pointer: string;
  readonly code: FindingCode;
  readonly severity: 'error';
  readonly args: FindingArgs;
}

export interface ScanResult {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /** Set when the text is not JSON; the raw text was still scanned line by line. */
  readonly error?: ParseError;
  /**
   * Every input string that carried a finding: the decoded string or member name, its raw-text form where that
   * differs, and the matched text where it is a proper part. Sorted, without repeats, and not enumerable, so it is
   * never serialised: an output sink withholds these wherever they would appear.
   */
  readonly withheld: readonly string[];
}

/** What a field is, judged from its path; decides exemptions and context rules. */
export type Role =
  | 'commitSha'
  | 'digest'
  | 'runId'
  | 'secretName'
  | 'label'
  | 'timestamp'
  | 'origin'
  | 'extension'
  | 'text';

/**
 * What a member name says about its value: secret-like, identity, provider id, a fingerprint of a secret
 * (`tokenSha256`, `secretPrefix`), or a bare fingerprint word (`hash`, `last4`) that means one next to secret names.
 */
export type KeyKind = 'secret' | 'identity' | 'provider' | 'secret-fingerprint' | 'fingerprint';

export interface RuleContext {
  readonly role: Role;
  /** True for member names, false for values. */
  readonly isKey: boolean;
  /** The member name this string is (isKey) or sits under (nearest name on its path). */
  readonly keyKind: KeyKind | undefined;
  /** The nearest member name on the path ('' at the top level or in raw text). */
  readonly nearestName: string;
  /** True when some member name on the path above the string is secret-like (`credentials: { value: … }`). */
  readonly underSecret: boolean;
  /** True when the object holding the string also holds a secret name (`{ name: 'API_TOKEN', last4: … }`). */
  readonly nextToSecretName: boolean;
  readonly inExtensions: boolean;
  /** `kind` of the document that holds the string (nested documents count). */
  readonly documentKind: string | undefined;
}

/** What the scanner lends a rule's `accept`: helpers whose caches belong to the scanner instance. */
export interface RuleTools {
  readonly classifyKey: (key: string) => KeyKind | undefined;
}

/**
 * A sample a rule must find (`tps`) or must not find (`fps`): a string, scanned as a string value and as raw text,
 * or a whole document, scanned as it is. Token-shaped samples are assembled at run time (rules/sample.ts).
 */
export type Sample = string | { readonly document: unknown };

/**
 * One row of the catalogue, declared gitleaks-style. A content rule has a `pattern`; a context rule, which judges a
 * string by where it stands (its member name, its document), has `detect` instead. The engine derives everything
 * else (prefilters, minimum length, redaction) from the declaration.
 */
export interface Rule {
  readonly id: string;
  readonly class: PrivacyClass;
  /** One line, for SARIF `shortDescription` and the docs. */
  readonly title: string;
  /** What it catches and why, for SARIF `fullDescription`. */
  readonly description: string;
  /**
   * Text any match contains (matched case-insensitively): a rule runs only on strings holding one. With
   * `redactPrefix`, they are the format's documented public prefixes, written in their documented case.
   */
  readonly keywords?: readonly string[];
  /**
   * A bounded pattern whose start is anchored (a lookbehind or a literal prefix), so it scans in linear time. A named
   * group `secret` marks the secret part, where placeholders are looked for.
   */
  readonly pattern?: RegExp;
  /** Takes or refuses a candidate match (a digit required, a name that must be secret-like, …). */
  readonly accept?: (match: RegExpExecArray, tools: RuleTools) => boolean;
  /** A context rule: returns the flagged text or undefined. */
  readonly detect?: (text: string, context: RuleContext) => string | undefined;
  /** `redacted` keeps the keyword (documented prefix) that the match starts with. */
  readonly redactPrefix?: true;
  /** How an example looks, in words, where the first true positive cannot show it (context rules). */
  readonly shape?: string;
  readonly tps: readonly Sample[];
  readonly fps: readonly Sample[];
}
