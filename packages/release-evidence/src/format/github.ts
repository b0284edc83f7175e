import type { ReleaseReadiness } from '../contract/index.js';
import { labelAt } from '../problem/index.js';
import { visible } from './visible.js';

/** GitHub shows at most 10 error (and 10 warning) annotations per step; more would be dropped without a word. */
export const MAX_ANNOTATIONS = 10;

/** The parts of a privacy finding an annotation shows; `path` is added by the command line. */
export interface AnnotatedFinding {
  readonly rule: string;
  readonly class: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
  readonly path?: string;
}

/** Escapes a workflow command's message as the runner decodes it: `%`, CR and LF. */
export function escapeWorkflowData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`, which end a property. */
export function escapeWorkflowProperty(value: string): string {
  return escapeWorkflowData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One workflow command the tool writes; it always carries properties (spec §10), at least a `title`. */
export interface Annotation {
  readonly level: 'error' | 'warning';
  readonly properties: Readonly<{ title: string } & Record<string, string | number>>;
  readonly message: string;
}

/**
 * The workflow command line for an annotation. Property values and the message may hold input-derived text, so
 * control characters are made visible first, then the runner's own escapes are applied.
 */
export function workflowCommand({ level, properties, message }: Annotation): string {
  const props = Object.entries(properties)
    .map(([name, value]) => `${name}=${escapeWorkflowProperty(visible(String(value)))}`)
    .join(',');
  return `::${level} ${props}::${escapeWorkflowData(visible(message))}`;
}

function gateAnnotations(readiness: ReleaseReadiness): Annotation[] {
  return readiness.gates
    .filter((gate) => gate.required && gate.status !== 'pass' && gate.status !== 'deferred')
    .map((gate) => ({
      level: 'error' as const,
      properties: { title: `Release gate ${gate.gate}: ${gate.status}` },
      message:
        gate.reasons.length > 0
          ? gate.reasons.map((reason) => reason.message).join('; ')
          : `gate ${gate.gate} is ${gate.status}`,
    }));
}

function invalidInputAnnotations(readiness: ReleaseReadiness): Annotation[] {
  return readiness.inputs
    .filter((input) => !input.valid)
    .map((input) => {
      // A document with privacy findings may carry the secret in its id, so its id is not repeated.
      const id = input.findings > 0 ? '(id withheld)' : (input.id ?? '(no id)');
      const findings = input.findings > 0 ? ` with ${input.findings} privacy findings` : '';
      return {
        level: 'error' as const,
        properties: { title: 'Invalid evidence document' },
        message: `${input.kind ?? 'document of unknown kind'} ${id} is invalid${findings}; every input must be valid`,
      };
    });
}

function findingAnnotations(findings: readonly AnnotatedFinding[]): Annotation[] {
  return findings.map((finding) => {
    // The pointer locates the value; the finding never carries the value itself.
    const where = `(line ${finding.line}, column ${finding.column})`;
    const location: Record<string, string | number> =
      finding.path === undefined ? {} : { file: finding.path, line: finding.line, col: finding.column };
    return {
      level: 'error' as const,
      properties: { ...location, title: `Privacy finding: ${finding.class}` },
      message: `${labelAt(finding.rule, finding.pointer, (value) => value)} ${where}`,
    };
  });
}

/** Readiness warnings (an optional field, §7), such as `policy-weakened`; a result without them has none. */
function warningAnnotations(readiness: ReleaseReadiness | undefined): Annotation[] {
  const warnings = (readiness as { warnings?: readonly ReadinessWarning[] } | undefined)?.warnings ?? [];
  return warnings.map((warning) => ({
    level: 'warning' as const,
    properties: { title: `Release readiness warning ${warning.code}${warning.gate ? ` (${warning.gate})` : ''}` },
    message: warning.message,
  }));
}

interface ReadinessWarning {
  readonly code: string;
  readonly gate?: string;
  readonly message: string;
}

/**
 * Annotations for the required gates that hold the verdict back, invalid inputs and privacy findings (errors), and
 * readiness warnings. Each level is capped at 10; when there are more, the tenth says how many were left out instead
 * of dropping them silently. `scan` and `validate` have no readiness and pass only findings.
 */
export function readinessAnnotations(
  readiness: ReleaseReadiness | undefined,
  findings: readonly AnnotatedFinding[] = [],
): Annotation[] {
  const verdictAnnotations = readiness ? [...gateAnnotations(readiness), ...invalidInputAnnotations(readiness)] : [];
  return [
    ...capped([...verdictAnnotations, ...findingAnnotations(findings)]),
    ...capped(warningAnnotations(readiness)),
  ];
}

function capped(all: readonly Annotation[]): Annotation[] {
  if (all.length <= MAX_ANNOTATIONS) return [...all];
  const shown = all.slice(0, MAX_ANNOTATIONS - 1);
  const level = all[0]?.level ?? 'error';
  const noun = level === 'error' ? 'problems' : 'warnings';
  const more: Annotation = {
    level,
    properties: { title: `More release evidence ${noun}` },
    message: `${all.length - shown.length} more ${noun} are not annotated; see the step summary or the JSON output.`,
  };
  return [...shown, more];
}

/** `readinessAnnotations` as workflow command lines. */
export function githubAnnotations(
  readiness: ReleaseReadiness | undefined,
  findings: readonly AnnotatedFinding[] = [],
): string[] {
  return readinessAnnotations(readiness, findings).map(workflowCommand);
}
