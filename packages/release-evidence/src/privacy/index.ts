export { describeShape, renderRuleCatalogue, renderRuleList, ruleHelpUri } from './catalogue.js';
export type { CheckOptions, DocumentCheck } from './check-document.js';
export type { ScanOptions } from './engine.js';
export { makeFinding } from './finding.js';
export { RULES } from './rules/index.js';
export { checkDocument, createScanner, type Scanner, type ScannerOptions, scanText, scanValue } from './scanner.js';
export {
  type Finding,
  type FindingArgs,
  type FindingCode,
  type FindingFields,
  PRIVACY_CLASSES,
  type PrivacyClass,
  type Rule,
  type RuleContext,
  type Sample,
  type ScanResult,
} from './types.js';
export { withWithheld } from './withheld.js';
