import type { PrivacyClass, Rule } from '../types.js';

/** Declares the rules of one class; each row names everything but its class. */
export function defineRules(privacyClass: PrivacyClass, rules: readonly Omit<Rule, 'class'>[]): readonly Rule[] {
  return rules.map((rule) => ({ class: privacyClass, ...rule }));
}

/** A token may not start inside a longer run of token characters: `(?<!…)` keeps every pattern linear. */
export const TOKEN_START = '(?<![A-Za-z0-9_-])';
