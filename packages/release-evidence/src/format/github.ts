import type { ReleaseReadiness } from '../contract/index.js';

/** GitHub shows at most 10 error annotations per step; more would be dropped without a word. */
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

interface Annotation {
  readonly properties: Readonly<Record<string, string | number>>;
  readonly message: string;
}

function workflowCommand(command: 'error' | 'warning', { properties, message }: Annotation): string {
  const props = Object.entries(properties)
    .map(([name, value]) => `${name}=${escapeWorkflowProperty(String(value))}`)
    .join(',');
  return `::${command} ${props}::${escapeWorkflowData(message)}`;
}

function gateAnnotations(readiness: ReleaseReadiness): Annotation[] {
  return readiness.gates
    .filter((gate) => gate.required && gate.status !== 'pass' && gate.status !== 'deferred')
    .map((gate) => ({
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
        properties: { title: 'Invalid evidence document' },
        message: `${input.kind ?? 'document of unknown kind'} ${id} is invalid${findings}; every input must be valid`,
      };
    });
}

function findingAnnotations(findings: readonly AnnotatedFinding[]): Annotation[] {
  return findings.map((finding) => {
    // The pointer locates the value; the finding never carries the value itself.
    const where = `${finding.pointer || '/'} (line ${finding.line}, column ${finding.column})`;
    const location: Record<string, string | number> =
      finding.path === undefined ? {} : { file: finding.path, line: finding.line, col: finding.column };
    return {
      properties: { ...location, title: `Privacy finding: ${finding.class}` },
      message: `${finding.rule} at ${where}`,
    };
  });
}

/** Readiness warnings (§6 `policy-weakened`, …): shown, though they never change the verdict. */
function warningAnnotations(readiness: ReleaseReadiness | undefined): Annotation[] {
  return (readiness?.warnings ?? []).map((warning) => ({
    properties: { title: `Release readiness warning ${warning.code}${warning.gate ? ` (${warning.gate})` : ''}` },
    message: warning.message,
  }));
}

/** At most 10; when there are more, the tenth says how many were left out instead of dropping them silently. */
function capped(all: readonly Annotation[], what: string): Annotation[] {
  if (all.length <= MAX_ANNOTATIONS) return [...all];
  const shown = all.slice(0, MAX_ANNOTATIONS - 1);
  const more: Annotation = {
    properties: { title: `More release evidence ${what}` },
    message: `${all.length - shown.length} more ${what} are not annotated; see the step summary or the JSON output.`,
  };
  return [...shown, more];
}

/**
 * `::error` workflow commands for the required gates that hold the verdict back, invalid inputs and privacy findings,
 * then `::warning` commands for readiness warnings; each kind capped at 10. `scan` and `validate` have no readiness
 * and pass only findings.
 */
export function githubAnnotations(
  readiness: ReleaseReadiness | undefined,
  findings: readonly AnnotatedFinding[] = [],
): string[] {
  const verdictAnnotations = readiness ? [...gateAnnotations(readiness), ...invalidInputAnnotations(readiness)] : [];
  const errors = capped([...verdictAnnotations, ...findingAnnotations(findings)], 'problems');
  const warnings = capped(warningAnnotations(readiness), 'warnings');
  return [
    ...errors.map((annotation) => workflowCommand('error', annotation)),
    ...warnings.map((annotation) => workflowCommand('warning', annotation)),
  ];
}
