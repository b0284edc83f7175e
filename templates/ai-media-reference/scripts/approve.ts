import { isLabel, isReference } from '@cloudflare-saas-core/release-evidence/builders';
import { APPROVAL_SCOPES, parseDuration } from '@cloudflare-saas-core/release-evidence/contract';
import { appendDecision, DEFAULT_DECISIONS_FILE, type OperatorDecision } from '../adapters/operator-decisions.js';
import { loadReleaseConfig } from '../adapters/shared/config.js';
import { currentSubject } from '../adapters/shared/subject.js';
import { parseOptions, UsageProblem } from './args.js';

const USAGE = `usage: pnpm ops:approve --scope resources|traffic --reference REF --role ROLE
         [--decision approved|rejected] [--traffic-percent N] [--expires-in PT24H] [--decisions-file FILE]

Records a human operator's decision about the current commit. REF names the reviewer-owned note
(e.g. ops-review/reference-launch#traffic); ROLE is a role label, never a person's name or handle.`;

const OPTIONS = {
  scope: { type: 'enum', options: APPROVAL_SCOPES, required: true },
  reference: { type: 'string', required: true },
  role: { type: 'string', required: true },
  decision: { type: 'enum', options: ['approved', 'rejected'], default: 'approved' },
  'traffic-percent': { type: 'string' },
  'expires-in': { type: 'string', default: 'PT24H' },
  'decisions-file': { type: 'string', default: DEFAULT_DECISIONS_FILE },
} as const;

function parse(argv: readonly string[]): { decision: OperatorDecision; file: string } {
  const values = parseOptions(argv, OPTIONS);
  const { scope } = values;
  if (!isReference(values.reference)) throw new UsageProblem('--reference must be labels joined by / # or :');
  if (!isLabel(values.role)) throw new UsageProblem('--role must be a lowercase label such as release-manager');
  const validity = parseDuration(values['expires-in']);
  if (!(validity > 0)) throw new UsageProblem('--expires-in must be a duration such as PT24H or P2D');
  const percent = values['traffic-percent'] === undefined ? undefined : Number(values['traffic-percent']);
  if (scope === 'traffic' && (percent === undefined || !(percent >= 0 && percent <= 100))) {
    throw new UsageProblem('--traffic-percent 0..100 is required for --scope traffic');
  }
  if (scope === 'resources' && percent !== undefined)
    throw new UsageProblem('--traffic-percent only applies to --scope traffic');
  const now = new Date();
  return {
    file: values['decisions-file'],
    decision: {
      scope,
      reference: values.reference,
      reviewerRole: values.role,
      decision: values.decision,
      decidedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + validity).toISOString(),
      ...(percent === undefined ? {} : { trafficPercent: percent }),
      commitSha: currentSubject(loadReleaseConfig()).commitSha,
    },
  };
}

try {
  const { decision, file } = parse(process.argv.slice(2));
  appendDecision(decision, file);
  process.stdout.write(
    `recorded: ${decision.scope} ${decision.decision} by role ${decision.reviewerRole}, ` +
      `commit ${decision.commitSha.slice(0, 12)}, expires ${decision.expiresAt}\n`,
  );
} catch (error) {
  const message = error instanceof UsageProblem ? error.message : 'invalid arguments';
  process.stderr.write(`${USAGE}\n\nerror: ${message}\n`);
  process.exitCode = 2;
}
