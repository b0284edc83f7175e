// Verify reasons and fixture clauses are problems; their sentences come from the one catalogue.
export { type Problem, renderProblem } from '../problem/index.js';
export { BoundedLines } from './bounded-lines.js';
export { type Args, changeText, remedyText, type Show, warningText } from './catalogue.js';
export { formatDiffMarkdown } from './diff-markdown.js';
export { humanSpan } from './durations.js';
export { type EvidenceAge, evidenceAges, type ReportDocument, reportDocuments } from './evidence-age.js';
export {
  type AnnotatedFinding,
  type Annotation,
  escapeWorkflowData,
  escapeWorkflowProperty,
  githubAnnotations,
  MAX_ANNOTATIONS,
  readinessAnnotations,
  workflowCommand,
} from './github.js';
export {
  escapeHtml,
  formatPacketHtml,
  formatReadinessHtml,
  type HtmlReportOptions,
  html,
  type Interpolation,
  Markup,
  REPORT_POLICY,
} from './html/index.js';
export {
  IN_TOTO_STATEMENT_TYPE,
  type InTotoStatement,
  READINESS_PREDICATE_TYPE,
  toInTotoStatement,
} from './in-toto.js';
export { formatJson, type JsonFormatOptions } from './json.js';
export { DEFAULT_MARKDOWN_MAX_BYTES, formatReadinessMarkdown, type MarkdownOptions, shortDigest } from './markdown.js';
export { type UntrustedOptions, untrusted, untrustedList } from './markdown-text.js';
export { type FindingJson, findingJson, type IssueJson, issueJson } from './problem-json.js';
export { type SarifInput, toSarif } from './sarif.js';
export { formatDiffText } from './text/diff.js';
export { formatPacketText, formatVerificationText } from './text/packet.js';
export { formatReadinessText } from './text/readiness.js';
export { DEFAULT_TEXT_OPTIONS, type TextOptions } from './text/style.js';
export { isoInstant } from './time-text.js';
export { MAX_UNTRUSTED_LENGTH } from './untrusted-text.js';
export { safeJsonText, safeLine, visible } from './visible.js';
