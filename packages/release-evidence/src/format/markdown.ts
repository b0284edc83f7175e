import type { ReleasePacket, ReleaseReadiness } from '../contract/index.js';
import { utf8Length } from '../json/index.js';
import { BoundedLines } from './bounded-lines.js';
import { untrusted, untrustedList } from './markdown-text.js';

/** GitHub's step-summary limit (1 MiB) minus room for other output of the same step. */
export const DEFAULT_MARKDOWN_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export interface MarkdownOptions {
  /** Evidence named by a packet; adds each document's class to the evidence table. */
  readonly artifacts?: ReleasePacket['artifacts'];
  /**
   * Largest UTF-8 size of the result; longer output is cut with a visible note. The verdict
   * line is kept whenever it fits at all.
   */
  readonly maxBytes?: number;
}

const VERDICT_ICONS: Readonly<Record<string, string>> = {
  ready: '✅',
  'ready-with-deferrals': '☑️',
  'awaiting-operator': '⏳',
  blocked: '❌',
};

const STATUS_ICONS: Readonly<Record<string, string>> = {
  pass: '✅',
  deferred: '☑️',
  fail: '❌',
  invalid: '⛔',
  stale: '⌛',
  missing: '❔',
  mismatch: '🔀',
};

const SHORT_DIGEST_HEX = 12;

/**
 * The readiness result as GitHub-flavoured Markdown: the verdict first, then gates, evidence and deferrals. Every
 * string that came from a document is a code span (see markdown-text.ts); only this file's own words are plain text.
 */
export function formatReadinessMarkdown(readiness: ReleaseReadiness, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES;
  const header = headerLines(readiness);
  const verdictLine = `${header[0]}\n`;
  // The verdict line always fits when anything does: below room for it and the note, it stands alone.
  const noteBytes = utf8Length(truncationNote(Number.MAX_SAFE_INTEGER, maxBytes)) + 2;
  if (maxBytes < noteBytes + utf8Length(verdictLine)) return utf8Length(verdictLine) <= maxBytes ? verdictLine : '';
  const out = new BoundedLines(maxBytes, (omitted) => truncationNote(omitted, maxBytes));
  out.push([...header, '']);
  out.push([...gateLines(readiness.gates), '']);
  out.push([...evidenceLines(readiness.inputs, options.artifacts), '']);
  out.push(deferralLines(readiness));
  return out.toString();
}

function headerLines(readiness: ReleaseReadiness): string[] {
  const { subject } = readiness;
  const icon = VERDICT_ICONS[readiness.verdict] ?? '❔';
  return [
    `## ${icon} Release readiness: ${untrusted(readiness.verdict)}`,
    '',
    `- Repository: ${untrusted(subject.repository)}, branch ${untrusted(subject.branch)}`,
    `- Commit: ${untrusted(subject.commitSha)}`,
    `- Milestone: ${untrusted(readiness.milestone.id)}`,
    `- Evaluated at: ${untrusted(readiness.now)}`,
  ];
}

function gateLines(gates: ReleaseReadiness['gates']): string[] {
  const cell = (value: string) => untrusted(value, { inTable: true });
  const lines = [
    '### Gates',
    '',
    '| Gate | Required | Status | Underlying | Evidence | Reasons |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const gate of gates) {
    const status = `${STATUS_ICONS[gate.status] ?? ''} ${cell(gate.status)}`.trim();
    const underlying = gate.underlying === undefined ? '' : cell(gate.underlying);
    const evidence = gate.evidence ? `${cell(gate.evidence.id)} ${cell(shortDigest(gate.evidence.digest))}` : '';
    const superseded = gate.superseded.length > 0 ? ` (+${gate.superseded.length} superseded)` : '';
    const reasons = untrustedList(
      gate.reasons.map((reason) => `${reason.code}: ${reason.message}`),
      { inTable: true },
    );
    lines.push(
      `| ${cell(gate.gate)} | ${gate.required ? 'yes' : 'no'} | ${status} | ${underlying} | ${evidence}${superseded} | ${reasons} |`,
    );
  }
  return lines;
}

function evidenceLines(
  inputs: ReleaseReadiness['inputs'],
  artifacts: ReleasePacket['artifacts'] | undefined,
): string[] {
  if (inputs.length === 0) return ['### Evidence', '', 'No evidence documents were given.'];
  const cell = (value: string | undefined) => (value === undefined ? '' : untrusted(value, { inTable: true }));
  const classByDigest = new Map((artifacts ?? []).map((artifact) => [artifact.digest, artifact.class]));
  const classColumn = artifacts !== undefined;
  const lines = [
    '### Evidence',
    '',
    `| Kind | Id |${classColumn ? ' Class |' : ''} Valid | Findings | Digest |`,
    `| --- | --- |${classColumn ? ' --- |' : ''} --- | --- | --- |`,
  ];
  for (const input of inputs) {
    // A document with privacy findings may carry the secret in its id, so its id is not repeated.
    const id = input.findings > 0 ? '(withheld)' : cell(input.id);
    const documentClass = classColumn ? ` ${cell(classByDigest.get(input.digest))} |` : '';
    const valid = input.valid ? 'yes' : 'no ⛔';
    lines.push(
      `| ${cell(input.kind)} | ${id} |${documentClass} ${valid} | ${input.findings} | ${cell(shortDigest(input.digest))} |`,
    );
  }
  return lines;
}

function deferralLines(readiness: ReleaseReadiness): string[] {
  if (readiness.deferrals.length === 0) return ['### Deferrals', '', 'No deferrals were accepted.'];
  const cell = (value: string) => untrusted(value, { inTable: true });
  const lines = ['### Deferrals', '', '| Deferral | Gate | Status |', '| --- | --- | --- |'];
  for (const deferral of readiness.deferrals) {
    lines.push(`| ${cell(deferral.id)} | ${cell(deferral.gate)} | ${cell(deferral.status)} |`);
  }
  return lines;
}

/** `sha256:` and the first 12 hex digits: enough to tell documents apart in a review, not for verification. */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.split(':', 2);
  return hex === undefined ? digest.slice(0, SHORT_DIGEST_HEX) : `${algorithm}:${hex.slice(0, SHORT_DIGEST_HEX)}`;
}

function truncationNote(omittedLines: number, maxBytes: number): string {
  return (
    `> **Note:** this summary was cut to stay under ${maxBytes} bytes; ${omittedLines} more lines were left out. ` +
    'The JSON output holds the complete result.'
  );
}
