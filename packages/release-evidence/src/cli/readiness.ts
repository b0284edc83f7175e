import {
  formatJson,
  formatReadinessMarkdown,
  formatReadinessText,
  githubAnnotations,
  toInTotoStatement,
  toPredicate,
} from '../format/index.js';
import { evaluateReadiness, type ReleaseReadinessDocument } from '../readiness/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK } from './errors.js';
import { findingsByFile, reportToGitHub } from './github.js';
import { writeStdout } from './io.js';
import { loadReadinessInputs, READINESS_ARGS, reportInvalidEvidence } from './policy.js';
import { chosenFormat, textOptionsFor } from './terminal.js';

const FORMATS = ['text', 'json', 'markdown', 'in-toto', 'predicate'] as const;
type ReadinessFormat = (typeof FORMATS)[number];

const RENDERERS: Record<ReadinessFormat, (readiness: ReleaseReadinessDocument) => string> = {
  text: (readiness) => formatReadinessText(readiness, textOptionsFor(process.stdout, process.env)),
  json: (readiness) => formatJson(readiness),
  markdown: (readiness) => formatReadinessMarkdown(readiness),
  'in-toto': (readiness) => formatJson(toInTotoStatement(readiness)),
  predicate: (readiness) => formatJson(toPredicate(readiness)),
};

/** Verdicts that let a release go ahead (exit 0); every other verdict exits 1. */
export function readinessExitCode(verdict: string): number {
  return verdict === 'ready' || verdict === 'ready-with-deferrals' ? EXIT_OK : EXIT_NOT_ACCEPTABLE;
}

export default defineCliCommand({
  meta: { name: 'readiness', description: 'Judge a release candidate against its evidence (release-readiness).' },
  args: {
    ...READINESS_ARGS,
    format: {
      type: 'enum',
      options: [...FORMATS],
      description: 'output format (default: text on a terminal, else json)',
    },
  },
  variadic: ['evidence'],
  async run(args) {
    const inputs = await loadReadinessInputs(args);
    const { readiness, checks } = await evaluateReadiness(inputs);
    reportInvalidEvidence(inputs.paths, checks);
    const format = chosenFormat(args.values.format, process.stdout) as ReadinessFormat;
    writeStdout(RENDERERS[format](readiness));
    const findings = findingsByFile(checks, inputs.paths);
    // Workflow commands go to stderr so that stdout stays exactly one document.
    await reportToGitHub(
      { markdown: formatReadinessMarkdown(readiness), annotations: githubAnnotations(readiness, findings) },
      { annotationStream: 'stderr' },
    );
    return readinessExitCode(readiness.verdict);
  },
});
