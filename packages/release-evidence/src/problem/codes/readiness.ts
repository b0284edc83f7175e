import { type CodeEntry, defineCodes, type Show } from '../entry.js';
import { type Args, argList, argText, shownArg } from './arg-text.js';

// Gate reasons (§6, `gates[].reasons`) and readiness warnings (§7, `warnings`). The sentences are the first edition's,
// word for word: the readiness document carries them as `message`, and packets digest those bytes.

/** A document named by kind and id, as readiness names an input (`release-status redacted`). */
const labelled = (args: Args, show: Show) => `${argText(args, 'kind')} ${shownArg(args, 'id', show)}`;

const verdictNotPass = {
  severity: 'error',
  meaning: 'the canary document does not report verdict `pass`',
  args: { id: 'string' },
  render: (args, show) => `${shownArg(args, 'id', show)} verdict is not pass`,
} as const satisfies CodeEntry;

const resourceNotReady = (status: string) =>
  ({
    severity: 'error',
    meaning: `a listed resource is \`${status}\`, not \`ready\``,
    args: { type: 'string', label: 'string' },
    render: (args, show) => `resource ${argText(args, 'type')} ${shownArg(args, 'label', show)} is not ready`,
  }) as const satisfies CodeEntry;

const approvalScope = (meaning: string, sentence: (id: string, scope: string) => string) =>
  ({
    severity: 'error',
    meaning,
    args: { id: 'string', scope: 'string' },
    render: (args, show) => sentence(shownArg(args, 'id', show), argText(args, 'scope')),
  }) as const satisfies CodeEntry;

/** Codes of the readiness domain. */
export const READINESS_CODES = defineCodes({
  // Choosing the document (§6 steps 1–5).
  'no-evidence': {
    severity: 'error',
    meaning: 'no input document serves the gate',
    args: { gate: 'string' },
    render: (args) => `no evidence for gate ${argText(args, 'gate')}`,
  },
  'subject-mismatch': {
    severity: 'error',
    meaning: "a document of the gate's kind is for another repository, branch or commit",
    args: { kind: 'string', id: 'string', differs: 'list' },
    render: (args, show) =>
      `${labelled(args, show)}: ${argList(args, 'differs').join(', ')} differs from the candidate's`,
  },
  'future-dated': {
    severity: 'error',
    meaning: 'every matching document is dated after `now + clockSkew`',
    args: { gate: 'string' },
    render: (args) => `every matching document for gate ${argText(args, 'gate')} is dated in the future`,
  },
  'invalid-evidence': {
    severity: 'error',
    meaning: 'the chosen document is invalid (schema, consistency rule or privacy finding)',
    args: { kind: 'string', id: 'string' },
    render: (args, show) => `${labelled(args, show)} is invalid`,
  },
  'too-old': {
    severity: 'error',
    meaning: "the chosen document is older than the gate's max age at `now`",
    args: { kind: 'string', id: 'string', maxAge: 'string', gate: 'string' },
    render: (args, show) =>
      `${labelled(args, show)} is older than ${shownArg(args, 'maxAge', show)} for gate ${argText(args, 'gate')}`,
  },
  // What a chosen document must show to pass (the §6 table's "passes when").
  'conclusion-failure': {
    severity: 'error',
    meaning: 'the release status reports conclusion `failure`',
    args: { id: 'string' },
    render: (args, show) => `${shownArg(args, 'id', show)} reports conclusion failure`,
  },
  'no-passed-check': {
    severity: 'error',
    meaning: 'the release status has no `passed` check',
    args: { id: 'string' },
    render: (args, show) => `${shownArg(args, 'id', show)} has no passed check`,
  },
  'origin-mismatch': {
    severity: 'error',
    meaning: "the release status is not for the candidate's origin of its environment",
    args: { id: 'string', environment: 'string' },
    render: (args, show) =>
      `${shownArg(args, 'id', show)} is not for the candidate's ${argText(args, 'environment')} origin`,
  },
  'wrong-environment': {
    severity: 'error',
    meaning: 'the receipt or resource document is not for `production`',
    args: { id: 'string' },
    render: (args, show) => `${shownArg(args, 'id', show)} is not for production`,
  },
  'preflight-not-passed': {
    severity: 'error',
    meaning: "a rotated secret's preflight did not pass",
    args: { id: 'string', secret: 'string', store: 'string' },
    render: (args, show) =>
      `${shownArg(args, 'id', show)}: preflight of secret ${shownArg(args, 'secret', show)} in ${argText(args, 'store')} did not pass`,
  },
  'resource-not-listed': {
    severity: 'error',
    meaning: 'a resource the candidate expects is absent from the list',
    args: { type: 'string', label: 'string' },
    render: (args, show) => `expected resource ${argText(args, 'type')} ${shownArg(args, 'label', show)} is not listed`,
  },
  'resource-missing': resourceNotReady('missing'),
  'resource-drifted': resourceNotReady('drifted'),
  'resource-pending': resourceNotReady('pending'),
  'approval-missing': approvalScope(
    'a scope has no decided approval',
    (id, scope) => `${id} has no decided ${scope} approval`,
  ),
  'approval-rejected': approvalScope(
    "a scope's newest decision is not `approved`",
    (id, scope) => `${id}: the newest ${scope} decision is not approved`,
  ),
  'approval-expired': approvalScope(
    "a scope's newest approval expired at or before `now`",
    (id, scope) => `${id}: the newest ${scope} approval has expired`,
  ),
  'traffic-zero': {
    severity: 'error',
    meaning: 'the newest traffic approval allows 0 percent',
    args: { id: 'string' },
    render: (args, show) => `${shownArg(args, 'id', show)}: the newest traffic approval allows no traffic (0 percent)`,
  },
  'verdict-fail': verdictNotPass,
  'verdict-inconclusive': verdictNotPass,
  'threshold-below-floor': {
    severity: 'error',
    meaning: "a canary's own threshold is weaker than the policy's floor",
    args: { id: 'string', threshold: 'string', value: 'number', floor: 'number', direction: 'string' },
    render: (args, show) =>
      `${shownArg(args, 'id', show)}: thresholds.${argText(args, 'threshold')} ${argText(args, 'value')} is ` +
      `${args.direction === 'max' ? 'above' : 'below'} the policy floor ${argText(args, 'floor')}`,
  },
  // Warnings (§7): shown by every report, never changing the verdict.
  'policy-weakened': {
    severity: 'warning',
    meaning: 'the effective policy sets a `maxAge` or `clockSkew` weaker than its default',
    args: { key: 'string', 'gate?': 'string', value: 'string', default: 'string' },
    render: (args, show) => {
      const key =
        args.gate === undefined ? argText(args, 'key') : `${argText(args, 'key')} of gate ${argText(args, 'gate')}`;
      return `policy ${key} is ${shownArg(args, 'value', show)}, weaker than the default ${argText(args, 'default')}`;
    },
  },
  'deferral-expiring': {
    severity: 'warning',
    meaning: 'an active deferral expires within 7 days of `now`',
    args: { deferral: 'string', gate: 'string', expiresAt: 'string' },
    render: (args, show) =>
      `deferral ${shownArg(args, 'deferral', show)} for gate ${argText(args, 'gate')} expires at ${shownArg(args, 'expiresAt', show)}`,
  },
});
