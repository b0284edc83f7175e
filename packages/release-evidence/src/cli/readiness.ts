import type { ReleaseReadiness } from '../contract/index.js';
import { formatReadinessText } from '../format/index.js';
import type { DocumentCheck } from '../privacy/index.js';
import { evaluateReadiness } from '../readiness/index.js';
import { defineCliCommand } from './command.js';
import { cliProblem, type InputProblem } from './errors.js';
import { annotationsOf } from './github.js';
import { scanPath } from './path-scan.js';
import { invalidEvidence, loadReadinessInputs, READINESS_OPTIONS } from './readiness-inputs.js';
import { readinessHtml } from './render/html.js';
import { readinessInToto, readinessPredicate } from './render/in-toto.js';
import { canonicalJson } from './render/json.js';
import { readinessMarkdown, readinessSummary } from './render/markdown.js';
import { evidenceLine } from './render/problem.js';
import { type CommandResult, type Outcome, outcomeOfVerdict, type Report } from './result.js';
import type { RunContext } from './sink.js';

export interface ReadinessRunResult extends CommandResult {
  readonly readiness: ReleaseReadiness;
  readonly checks: readonly DocumentCheck[];
  /** The file each check came from, index for index. */
  readonly paths: readonly string[];
  /** Warnings for stderr: evidence that did not pass its check, or whose file name is a finding. */
  readonly invalidEvidence: readonly InputProblem[];
  /** The digest of each input, index for index with `checks` (the HTML report matches findings to inputs by it). */
  readonly digests: readonly string[];
  /** The candidate judged; the HTML report dates deferrals from it. */
  readonly candidate: unknown;
}

export default defineCliCommand({
  meta: { name: 'readiness', description: 'Judge a release candidate against its evidence (release-readiness).' },
  options: READINESS_OPTIONS,
  formats: {
    json: (result: ReadinessRunResult) => canonicalJson(result.readiness),
    text: (result: ReadinessRunResult) => ({
      type: 'text',
      draw: (options) => formatReadinessText(result.readiness, options),
    }),
    markdown: readinessMarkdown,
    html: readinessHtml,
    'in-toto': readinessInToto,
    predicate: readinessPredicate,
  },
  defaultFormat: (terminal) => (terminal ? 'text' : 'json'),
  async run(args, context): Promise<ReadinessRunResult> {
    const inputs = await loadReadinessInputs(args, context);
    const { readiness, checks, digests } = await evaluateReadiness(inputs);
    const { candidate, paths } = inputs;
    return { ...judged(readiness, checks, paths, context), readiness, checks, digests, candidate, paths };
  },
  report: readinessReport,
});

/**
 * The outcome and stderr lines shared by `readiness` and `packet`. An evidence file whose name is a privacy finding
 * is a finding of that file (spec §10): the run is not acceptable whatever the verdict of its contents.
 */
export function judged(
  readiness: ReleaseReadiness,
  checks: readonly DocumentCheck[],
  paths: readonly string[],
  context: RunContext,
): { outcome: Outcome; invalidEvidence: InputProblem[] } {
  const invalid = invalidEvidence(paths, checks, context);
  const named = paths.filter((path) => scanPath(path, context).length > 0);
  for (const path of named) invalid.push(cliProblem('evidence-name-finding', { path }));
  const outcome = named.length > 0 ? 'not-acceptable' : outcomeOfVerdict(readiness.verdict);
  return { outcome, invalidEvidence: invalid };
}

/** Stderr lines, the step summary and annotations of a readiness result (also `packet`'s). */
export function readinessReport(result: ReadinessRunResult): Report {
  const files = result.checks.map((check, index) => ({ path: result.paths[index] ?? '?', findings: check.findings }));
  return {
    messages: result.invalidEvidence.map(evidenceLine),
    stepSummary: (maxBytes) => readinessSummary(result.readiness, maxBytes),
    annotations: annotationsOf(files, result.readiness),
  };
}
