import type { ReleaseReadiness } from '../contract/index.js';
import { type Annotation, readinessAnnotations } from '../format/index.js';
import type { Finding } from '../privacy/index.js';

/** Annotations for a run: failing gates, invalid inputs and warnings of the readiness, and every finding by file. */
export function annotationsOf(
  files: readonly { readonly path: string; readonly findings: readonly Finding[] }[],
  readiness?: ReleaseReadiness,
): Annotation[] {
  const findings = files.flatMap(({ path, findings }) => findings.map((finding) => ({ ...finding, path })));
  return readinessAnnotations(readiness, findings);
}
