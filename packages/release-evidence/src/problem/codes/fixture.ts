import { defineCodes } from '../entry.js';
import { shownArg, shownList } from './arg-text.js';

/** Codes of the fixture domain: why a clause of the §9 fixture check fails. */
export const FIXTURE_CODES = defineCodes({
  'fixture-not-json': {
    severity: 'error',
    meaning: 'the fixture is not a readable JSON document (cause: the parse error code); every clause fails',
    args: { cause: 'string' },
    render: (args, show) => `the fixture is not a readable JSON document (${shownArg(args, 'cause', show)})`,
  },
  candidate: {
    severity: 'error',
    meaning: 'candidate is not the target candidate, ops-release-evidence',
    args: { expected: 'string' },
    render: (args, show) => `candidate is not ${shownArg(args, 'expected', show)}`,
  },
  'target-owner': {
    severity: 'error',
    meaning: 'target.owner is not the target owner',
    args: { expected: 'string' },
    render: (args, show) => `target.owner is not ${shownArg(args, 'expected', show)}`,
  },
  'target-package': {
    severity: 'error',
    meaning: 'target.package does not name the target package',
    args: { expected: 'string' },
    render: (args, show) => `target.package is not ${shownArg(args, 'expected', show)}`,
  },
  'class-disagrees': {
    severity: 'error',
    meaning: "an artifact's class does not agree with its document's kind and stage (§4)",
    args: { index: 'number' },
    render: (args, show) =>
      `/artifacts/${shownArg(args, 'index', show)}: class does not agree with its document's kind and stage`,
  },
  'class-missing': {
    severity: 'error',
    meaning: 'no artifact has this evidence class',
    args: { class: 'string' },
    render: (args, show) => `no artifact of class ${shownArg(args, 'class', show)}`,
  },
  'no-adapters': {
    severity: 'error',
    meaning: 'boundary.adapters is empty',
    args: {},
    render: () => 'boundary.adapters is empty',
  },
  'adapter-in-core': {
    severity: 'error',
    meaning: "an adapter's name or responsibility (member) is listed under boundary.core",
    args: { index: 'number', member: 'string' },
    render: (args, show) =>
      `/boundary/adapters/${shownArg(args, 'index', show)}: its ${shownArg(args, 'member', show)} is listed under boundary.core`,
  },
  'adapter-owner': {
    severity: 'error',
    meaning: 'an adapter is not owned by the template',
    args: { index: 'number' },
    render: (args, show) => `/boundary/adapters/${shownArg(args, 'index', show)}: owner is not template`,
  },
  'document-invalid': {
    severity: 'error',
    meaning: 'the fixture, its release or an artifact document (at) is not valid and privacy-clean',
    args: { 'at?': 'string', codes: 'list' },
    render: (args, show) =>
      `${args.at === undefined ? 'the fixture' : shownArg(args, 'at', show)} is not valid and privacy-clean (${shownList(args, 'codes', show)})`,
  },
  'not-evaluated': {
    severity: 'error',
    meaning: 'readiness could not be evaluated: release or now is not usable',
    args: {},
    render: () => 'readiness could not be evaluated: release or now is not usable',
  },
  'not-ready': {
    severity: 'error',
    meaning: 'the fixture does not evaluate to ready at now',
    args: { verdict: 'string' },
    render: (args, show) => `the fixture evaluates to ${shownArg(args, 'verdict', show)}, not ready`,
  },
  'gate-not-pass': {
    severity: 'error',
    meaning: 'a gate of the fixture does not pass',
    args: { gate: 'string', status: 'string' },
    render: (args, show) => `gate ${shownArg(args, 'gate', show)} is ${shownArg(args, 'status', show)}`,
  },
  'identity-term': {
    severity: 'error',
    meaning: 'a vertical product name from --identity-terms appears in the fixture',
    args: { term: 'string' },
    render: (args, show) => `the identity term "${shownArg(args, 'term', show)}" appears in the fixture`,
  },
  'token-marker': {
    severity: 'error',
    meaning: 'a documented token prefix appears where a token could start',
    args: { prefix: 'string' },
    render: (args, show) => `a token marker (the documented prefix ${shownArg(args, 'prefix', show)}) appears`,
  },
  'actor-mention': {
    severity: 'error',
    meaning: 'an @mention, an actor handle, appears',
    args: {},
    render: () => 'an @mention, an actor handle, appears',
  },
  'actor-key': {
    severity: 'error',
    meaning: 'an extensions key that names an actor appears',
    args: {},
    render: () => 'an extensions key that names an actor appears',
  },
});
