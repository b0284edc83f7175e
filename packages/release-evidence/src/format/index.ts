export { BoundedLines } from './bounded-lines.js';
export { type EvidenceAge, evidenceAges, type ReportDocument, reportDocuments } from './evidence-age.js';
export {
  type AnnotatedFinding,
  escapeWorkflowData,
  escapeWorkflowProperty,
  githubAnnotations,
  MAX_ANNOTATIONS,
} from './github.js';
export {
  escapeHtml,
  formatPacketHtml,
  formatReadinessHtml,
  type HtmlReportOptions,
  html,
  type Interpolation,
  Markup,
  reportPolicy,
} from './html/index.js';
export {
  IN_TOTO_STATEMENT_TYPE,
  type InTotoStatement,
  READINESS_PREDICATE_TYPE,
  toInTotoStatement,
  toPredicate,
} from './in-toto.js';
export { formatJson, type JsonFormatOptions } from './json.js';
export { DEFAULT_MARKDOWN_MAX_BYTES, formatReadinessMarkdown, type MarkdownOptions, shortDigest } from './markdown.js';
export { type UntrustedOptions, untrusted, untrustedList } from './markdown-text.js';
export { humanDuration, isoInstant } from './time-text.js';
export { MAX_UNTRUSTED_LENGTH } from './untrusted-text.js';
