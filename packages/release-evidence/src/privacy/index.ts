export { type CheckOptions, checkDocument, type DocumentCheck } from './check-document.js';
export { type ScanOptions, scanText, scanValue } from './engine.js';
export { RULES } from './rules/index.js';
export { type SarifInput, toSarif } from './sarif.js';
export { type Finding, PRIVACY_CLASSES, type PrivacyClass, type Rule, type ScanResult } from './types.js';
