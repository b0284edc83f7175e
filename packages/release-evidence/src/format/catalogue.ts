import type { Show } from '../problem/index.js';
import { humanSpan } from './durations.js';
import { shortDigest } from './short-digest.js';

// Where the codes that are not problems become words: remedies (§7), warnings as a report shows them and diff
// changes, each a row of data (problem codes have theirs in src/problem/codes/).
// Every renderer (text, Markdown, HTML) passes its own `show` for values that came from a document, so the same
// sentence is escaped the way its medium needs.

/**
 * Arguments as documents carry them (a remedy's `args` is read from a document, so any JSON value): the readers
 * below show only strings, numbers and lists of them, never an object's text.
 */
export type Args = Readonly<Record<string, unknown>>;
// `Show` is the problem catalogue's: one type for "render an untrusted value for this medium".
export type { Show } from '../problem/index.js';

type Row = (args: Args, show: Show) => string;

const text = (args: Args, name: string): string => {
  const value = args[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const list = (args: Args, name: string): string[] => {
  const value = args[name];
  return Array.isArray(value) ? value.map(String) : [];
};
const shown = (args: Args, name: string, show: Show): string => show(text(args, name));
const shownList = (args: Args, name: string, show: Show): string => list(args, name).map(show).join(', ');

const REMEDIES: Readonly<Record<string, Row>> = {
  'collect-fresh-evidence': (args, show) => {
    const stage = args.stage === undefined ? '' : `, stage ${shown(args, 'stage', show)}`;
    const environment = args.environment === undefined ? '' : ` for ${shown(args, 'environment', show)}`;
    return `collect fresh ${shown(args, 'class', show)} evidence (${shown(args, 'kind', show)}${stage})${environment} newer than ${shown(args, 'newerThan', show)}`;
  },
  'record-approval': (args, show) => `record an operator approval for ${shownList(args, 'scopes', show)}`,
  'fix-invalid-input': (args, show) => {
    const problems = [...list(args, 'codes'), ...list(args, 'findings').map((name) => `${name} finding`)];
    const because = problems.length > 0 ? ` (${problems.map(show).join(', ')})` : '';
    return `fix or replace ${shown(args, 'kind', show)} ${shown(args, 'id', show)}${because}`;
  },
  'match-subject': (args, show) => {
    const expected = `${shown(args, 'expectedRepository', show)} ${shown(args, 'expectedBranch', show)} ${shown(args, 'expectedCommitSha', show)}`;
    const found = ['Repository', 'Branch', 'CommitSha']
      .filter((field) => list(args, `found${field}`).length > 0)
      .map((field) => shownList(args, `found${field}`, show));
    const more = args.more === undefined ? '' : ` and ${shown(args, 'more', show)} more`;
    const foundText = found.length > 0 ? `; found ${found.join('; ')}` : '';
    return `collect evidence for ${expected}: ${shownList(args, 'foundIds', show)}${more} differ in ${shownList(args, 'differs', show)}${foundText}`;
  },
  'add-deferral': (args, show) =>
    `or defer gate ${shown(args, 'gate', show)} until ${shown(args, 'deferralExpiresAt', show)} with this acceptedDeferrals entry`,
};

const WARNINGS: Readonly<Record<string, Row>> = {
  'deferral-expiring': (args, show) => shown(args, 'message', show),
  'policy-weakened': (args, show) => shown(args, 'message', show),
};

const CHANGES: Readonly<Record<string, Row>> = {
  'subject-changed': (args, show) =>
    `${shown(args, 'field', show)}: ${shown(args, 'from', show)} → ${shown(args, 'to', show)}`,
  'verdict-changed': (args, show) => `verdict ${shown(args, 'from', show)} → ${shown(args, 'to', show)}`,
  'gate-status-changed': (args, show) =>
    `${shown(args, 'gate', show)}: ${shown(args, 'from', show)} → ${shown(args, 'to', show)}`,
  'gate-evidence-replaced': (args, show) =>
    `${shown(args, 'gate', show)}: evidence ${shown(args, 'fromId', show)} ${show(shortDigest(text(args, 'fromDigest')))} → ${shown(args, 'toId', show)} ${show(shortDigest(text(args, 'toDigest')))}`,
  'gate-age-changed': (args, show) =>
    `${shown(args, 'gate', show)}: age ${show(humanSpan(Number(args.fromAgeMs)))} → ${show(humanSpan(Number(args.toAgeMs)))} (max ${shown(args, 'maxAge', show)})`,
  'deferral-added': (args, show) =>
    `deferral ${shown(args, 'id', show)} for ${shown(args, 'gate', show)} added (${shown(args, 'to', show)})`,
  'deferral-removed': (args, show) =>
    `deferral ${shown(args, 'id', show)} for ${shown(args, 'gate', show)} removed (was ${shown(args, 'from', show)})`,
  'deferral-expired': (args, show) =>
    `deferral ${shown(args, 'id', show)} for ${shown(args, 'gate', show)} expired (was ${shown(args, 'from', show)})`,
  'deferral-status-changed': (args, show) =>
    `deferral ${shown(args, 'id', show)} for ${shown(args, 'gate', show)}: ${shown(args, 'from', show)} → ${shown(args, 'to', show)}`,
  'policy-weakened': (args, show) =>
    `weakened ${shown(args, 'key', show)}: ${shown(args, 'from', show)} → ${shown(args, 'to', show)}`,
  'policy-strengthened': (args, show) =>
    `strengthened ${shown(args, 'key', show)}: ${shown(args, 'from', show)} → ${shown(args, 'to', show)}`,
  'input-added': (args, show) =>
    `input added: ${shown(args, 'kind', show)} ${shown(args, 'id', show)} ${shown(args, 'digest', show)}`,
  'input-removed': (args, show) =>
    `input removed: ${shown(args, 'kind', show)} ${shown(args, 'id', show)} ${shown(args, 'digest', show)}`,
};

function render(table: Readonly<Record<string, Row>>, code: string, args: Args, show: Show): string {
  const row = Object.hasOwn(table, code) ? table[code] : undefined;
  // A code this version does not know (a newer producer's) is still shown, by its code, never dropped.
  return row ? row(args, show) : show(code);
}

export const remedyText = (code: string, args: Args, show: Show): string => render(REMEDIES, code, args, show);
export const changeText = (code: string, args: Args, show: Show): string => render(CHANGES, code, args, show);
/** Warnings carry their own message (§7); the code picks the wording when this version knows it. */
export const warningText = (warning: { code: string; message: string }, show: Show): string =>
  render(WARNINGS, warning.code, { message: warning.message }, show);

export const REMEDY_TEXT_CODES = Object.keys(REMEDIES);
export const CHANGE_CODES = Object.keys(CHANGES);

/** The ready-to-paste `acceptedDeferrals` entry of an `add-deferral` alternative, as pretty JSON lines. */
export function deferralEntryLines(args: Args): string[] | undefined {
  if (args.alternative !== 'add-deferral') return undefined;
  const entry = {
    id: text(args, 'deferralId'),
    gate: text(args, 'gate'),
    reference: text(args, 'deferralReference'),
    expiresAt: text(args, 'deferralExpiresAt'),
  };
  return JSON.stringify(entry, null, 2).split('\n');
}
