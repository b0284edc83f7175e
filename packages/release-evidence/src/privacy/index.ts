export { scanText, scanValue, type ScanOptions } from './engine.js';
export { RULES } from './rules/index.js';
export { checkDocument, type CheckOptions, type DocumentCheck } from './check-document.js';
export { toSarif, type SarifInput } from './sarif.js';
export { PRIVACY_CLASSES, type Finding, type PrivacyClass, type Rule, type ScanResult } from './types.js';
