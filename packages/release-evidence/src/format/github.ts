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

function errorCommand({ properties, message }: Annotation): string {
  const props = Object.entries(properties)
    .map(([name, value]) => `${name}=${escapeWorkflowProperty(String(value))}`)
    .join(',');
  return `::error ${props}::${escapeWorkflowData(message)}`;
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

/**
 * `::error` workflow commands for the required gates that hold the verdict back, invalid inputs and privacy findings,
 * capped at 10. `scan` and `validate` have no readiness and pass only findings. When there are more, the tenth line says how many were left out instead of dropping them silently.
 */
export function githubAnnotations(
  readiness: ReleaseReadiness | undefined,
  findings: readonly AnnotatedFinding[] = [],
): string[] {
  const verdictAnnotations = readiness ? [...gateAnnotations(readiness), ...invalidInputAnnotations(readiness)] : [];
  const all = [...verdictAnnotations, ...findingAnnotations(findings)];
  if (all.length <= MAX_ANNOTATIONS) return all.map(errorCommand);
  const shown = all.slice(0, MAX_ANNOTATIONS - 1);
  const more: Annotation = {
    properties: { title: 'More release evidence problems' },
    message: `${all.length - shown.length} more problems are not annotated; see the step summary or the JSON output.`,
  };
  return [...shown, more].map(errorCommand);
}
