export { BoundedLines } from './bounded-lines.js';
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
  IN_TOTO_STATEMENT_TYPE,
  type InTotoStatement,
  READINESS_PREDICATE_TYPE,
  toInTotoStatement,
  toPredicate,
} from './in-toto.js';
export { formatJson, type JsonFormatOptions } from './json.js';
export { DEFAULT_MARKDOWN_MAX_BYTES, formatReadinessMarkdown, type MarkdownOptions, shortDigest } from './markdown.js';
export { MAX_UNTRUSTED_LENGTH, type UntrustedOptions, untrusted, untrustedList } from './markdown-text.js';
export { safeJsonText, safeLine, visible } from './visible.js';
