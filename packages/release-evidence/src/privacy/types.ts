import type { ParseError } from '../json/parse.js';
import type { Needs } from './features.js';

export type PrivacyClass = 'credential' | 'identity' | 'storage' | 'provider' | 'media' | 'private-url';

export const PRIVACY_CLASSES: readonly PrivacyClass[] = [
  'credential',
  'identity',
  'storage',
  'provider',
  'media',
  'private-url',
];

export interface Finding {
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

export interface ScanResult {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /**
   * Every raw input string that carried a finding (the decoded string, its raw JSON text where that differs, and the
   * matched part when it is a proper substring), sorted and de-duplicated. Only for the CLI's output guard, which
   * withholds these from every byte it writes (spec §10). Not enumerable, so `JSON.stringify` and spreads never carry it.
   */
  readonly withheld: readonly string[];
  /** Set when the text is not JSON; the raw text was still scanned line by line. */
  readonly error?: ParseError;
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
  readonly inExtensions: boolean;
  /** `kind` of the document that holds the string (nested documents count). */
  readonly documentKind: string | undefined;
}

export interface Rule {
  readonly id: string;
  readonly class: PrivacyClass;
  /** One line, for SARIF `shortDescription`. */
  readonly title: string;
  /** What it catches and why, for SARIF `fullDescription`. */
  readonly description: string;
  /** Cheap prefilter: the lower-cased text must contain one of these, or the rule is skipped. */
  readonly keywords?: readonly string[];
  /** Strings shorter than this are skipped before any regex runs. */
  readonly minLength?: number;
  /** Cheaper still: runs and marker characters any match must contain (see features.ts). */
  readonly needs?: Needs;
  /** A linear, bounded pattern (lookbehind-anchored where it starts with a character class). */
  readonly pattern?: RegExp;
  /** A detector for what a single pattern cannot say; returns the matched text or undefined. */
  readonly detect?: (text: string, context: RuleContext) => string | undefined;
  /** Documented public prefixes that `redacted` may keep. */
  readonly prefixes?: readonly string[];
  /**
   * Context rules judge a string by where it stands (its member name, the document kind), not by its content; their
   * findings never mark the member name as secret in pointers.
   */
  readonly context?: true;
}
