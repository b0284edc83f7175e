import { fnv1a } from '../json/fnv1a.js';
import { describeShape, type Finding, type PrivacyClass, RULES, type Rule, ruleHelpUri } from '../privacy/index.js';
import { renderProblem } from '../problem/index.js';

/** One scanned file: its path as it should appear in SARIF (relative, `/`-separated) and its findings. */
export interface SarifInput {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Findings of the file that are not in `findings` (a caller that lists only the first ones); reported, not listed. */
  readonly omittedFindings?: number;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI =
  'https://github.com/cloudflare-saas-core/cloudflare-saas-core/tree/main/packages/release-evidence';

const CLASS_HELP: Record<PrivacyClass, string> = {
  credential:
    'Remove the value and rotate the credential: it must be treated as leaked. Evidence may name a secret (CLOUDFLARE_API_TOKEN) but never hold its value, hash, prefix, suffix or length.',
  identity:
    'Replace the raw id or address with a stable public label. Evidence never holds user, actor, account, workspace, owner or customer identifiers.',
  storage:
    'Replace the object key, bucket endpoint or namespace with the template’s logical resource label (for example "media").',
  provider:
    'Drop the raw provider execution, prediction, request or log id and the AI Gateway metadata; keep aggregate counts instead.',
  media: 'Remove the embedded image or file bytes; evidence carries counts and verdicts, never media.',
  'private-url':
    'Remove the URL, or keep only a canonical public origin: no credentials, signed or secret query parameters, or private hosts.',
};

/**
 * Builds a SARIF 2.1.0 log for GitHub code scanning, one result per finding; `rules` is the catalogue the findings
 * came from (a scanner's own, or the default).
 */
export function toSarif(
  inputs: readonly SarifInput[],
  toolVersion?: string,
  rules: readonly Rule[] = RULES,
): Record<string, unknown> {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = inputs.flatMap(({ path, findings }) =>
    findings.map((finding) => sarifResult(path, finding, ruleIndex.get(finding.rule) ?? -1)),
  );
  const driver: Record<string, unknown> = {
    name: 'release-evidence',
    informationUri: INFORMATION_URI,
    rules: rules.map(sarifRule),
  };
  if (toolVersion !== undefined) driver.semanticVersion = toolVersion;
  const run: Record<string, unknown> = { tool: { driver }, columnKind: 'utf16CodeUnits', results };
  const notifications = inputs.flatMap(omittedNotification);
  // SARIF 2.1.0 §3.20.21: a tool says what it left out of its results in its invocation's notifications.
  if (notifications.length > 0) {
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

function omittedNotification({ path, omittedFindings }: SarifInput): Record<string, unknown>[] {
  if (!omittedFindings) return [];
  return [
    {
      level: 'warning',
      message: { text: `${omittedFindings} more findings in ${path} are not listed.` },
    },
  ];
}

function sarifRule(rule: Rule): Record<string, unknown> {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} Example shape: ${describeShape(rule)}. ${CLASS_HELP[rule.class]}` },
    helpUri: ruleHelpUri(rule),
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'privacy', rule.class], precision: 'high', 'security-severity': '8.0' },
  };
}

function sarifResult(path: string, finding: Finding, ruleIndex: number): Record<string, unknown> {
  const result: Record<string, unknown> = {
    ruleId: finding.rule,
    level: finding.severity,
    message: { text: renderProblem(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(path) },
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
    // Derived from where the finding is, never from what it is, so the fingerprint cannot leak the secret.
    partialFingerprints: { 'releaseEvidenceFinding/v1': fnv1a(`${finding.rule}\n${path}\n${finding.pointer}`, 64) },
    properties: { class: finding.class, pointer: finding.pointer },
  };
  if (ruleIndex >= 0) result.ruleIndex = ruleIndex;
  return result;
}

/**
 * A relative path as a SARIF `uri` (RFC 3986): each segment percent-encoded, `/` kept, so a file name with spaces,
 * `#`, `?` or `%` still names that file. A lone surrogate, which no URI can carry, is written as U+FFFD.
 */
export function uriOf(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment.toWellFormed()).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}
