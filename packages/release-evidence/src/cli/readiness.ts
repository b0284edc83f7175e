import {
  formatJson,
  formatReadinessHtml,
  formatReadinessMarkdown,
  githubAnnotations,
  reportDocuments,
  toInTotoStatement,
  toPredicate,
} from '../format/index.js';
import { evaluateReadiness, type ReadinessOutcome } from '../readiness/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK } from './errors.js';
import { findingsByFile, reportToGitHub } from './github.js';
import { writeStdout } from './io.js';
import { loadReadinessInputs, READINESS_ARGS, type ReadinessInputs, reportInvalidEvidence } from './policy.js';

const FORMATS = ['json', 'markdown', 'html', 'in-toto', 'predicate'] as const;
type ReadinessFormat = (typeof FORMATS)[number];

type Renderer = (outcome: ReadinessOutcome, inputs: ReadinessInputs) => string | Promise<string>;

const RENDERERS: Record<ReadinessFormat, Renderer> = {
  json: ({ readiness }) => formatJson(readiness),
  markdown: ({ readiness }) => formatReadinessMarkdown(readiness),
  // The page also shows evidence ages, deferral expiries and redacted findings, so it gets what readiness read.
  html: (outcome, inputs) =>
    formatReadinessHtml(outcome.readiness, { candidate: inputs.candidate, documents: reportDocuments(outcome) }),
  'in-toto': ({ readiness }) => formatJson(toInTotoStatement(readiness)),
  predicate: ({ readiness }) => formatJson(toPredicate(readiness)),
};

/** Verdicts that let a release go ahead (exit 0); every other verdict exits 1. */
export function readinessExitCode(verdict: string): number {
  return verdict === 'ready' || verdict === 'ready-with-deferrals' ? EXIT_OK : EXIT_NOT_ACCEPTABLE;
}

export default defineCliCommand({
  meta: { name: 'readiness', description: 'Judge a release candidate against its evidence (release-readiness).' },
  args: {
    ...READINESS_ARGS,
    format: { type: 'enum', options: [...FORMATS], default: 'json', description: 'output format' },
  },
  variadic: ['evidence'],
  async run(args) {
    const inputs = await loadReadinessInputs(args);
    const outcome = await evaluateReadiness(inputs);
    const { readiness, checks } = outcome;
    reportInvalidEvidence(inputs.paths, checks);
    const format = (args.values.format ?? 'json') as ReadinessFormat;
    writeStdout(await RENDERERS[format](outcome, inputs));
    const findings = findingsByFile(checks, inputs.paths);
    // Workflow commands go to stderr so that stdout stays exactly one document.
    await reportToGitHub(
      { markdown: formatReadinessMarkdown(readiness), annotations: githubAnnotations(readiness, findings) },
      { annotationStream: 'stderr' },
    );
    return readinessExitCode(readiness.verdict);
  },
});
