import type { ReleaseReadiness } from '../../contract/index.js';
import { parseDuration, parseTimestamp } from '../../contract/index.js';
import { deferralEntryLines, remedyText, warningText } from '../catalogue.js';
import { humanSpan } from '../durations.js';
import { shortDigest } from '../short-digest.js';
import { columns, DEFAULT_TEXT_OPTIONS, type Painter, painter, show, type TextOptions, wrap } from './style.js';

type Gate = ReleaseReadiness['gates'][number];

const VERDICTS: Readonly<Record<string, { icon: string; tone: 'good' | 'bad' | 'warn' }>> = {
  ready: { icon: '✔', tone: 'good' },
  'ready-with-deferrals': { icon: '✔', tone: 'warn' },
  'awaiting-operator': { icon: '…', tone: 'warn' },
  blocked: { icon: '✖', tone: 'bad' },
};

const STATUSES: Readonly<Record<string, { icon: string; tone: 'good' | 'bad' | 'warn' }>> = {
  pass: { icon: '✔', tone: 'good' },
  deferred: { icon: '↷', tone: 'warn' },
  fail: { icon: '✖', tone: 'bad' },
  invalid: { icon: '⊘', tone: 'bad' },
  stale: { icon: '◷', tone: 'bad' },
  missing: { icon: '?', tone: 'bad' },
  mismatch: { icon: '≠', tone: 'bad' },
};

const UNKNOWN = { icon: '?', tone: 'bad' } as const;
const STATUS_COLUMN = 10;
const GATE_COLUMN = 21;
const AGE_COLUMN = 15;

/**
 * The readiness result for a person at a terminal: the verdict first, then each gate on its own line, warnings,
 * what would make it ready, and how long it holds. A pure function: escaped values, colour only when asked,
 * every line within `width` columns (at least 40).
 */
export function formatReadinessText(readiness: ReleaseReadiness, options: TextOptions = DEFAULT_TEXT_OPTIONS): string {
  const out = painter(options);
  return [
    ...headerLines(readiness, out),
    '',
    ...gateLines(readiness, out),
    ...warningLines(readiness, out),
    ...remedyLines(readiness, out),
    '',
    ...holdsLines(readiness, out),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

function headerLines(readiness: ReleaseReadiness, out: Painter): string[] {
  const verdict = VERDICTS[readiness.verdict] ?? UNKNOWN;
  const { subject } = readiness;
  const title = `${verdict.icon} ${show(readiness.verdict).toUpperCase()}`;
  const lines = [
    `${out.paint(verdict.tone, out.paint('bold', title))}  ${wrap(show(subject.repository), out.width - columns(title) - 2, '')[0]}`,
    ...wrap(
      `branch ${show(subject.branch)} · commit ${show(subject.commitSha.slice(0, 12))} · milestone ${show(readiness.milestone.id)}`,
      out.width,
      '  ',
    ),
    ...wrap(`evaluated at ${show(readiness.now)}`, out.width, '  '),
  ];
  if (readiness.approvedTrafficPercent !== undefined && readiness.verdict.startsWith('ready')) {
    lines.push(`  approved for ${out.paint('bold', `${readiness.approvedTrafficPercent}%`)} of production traffic`);
  }
  return lines;
}

function gateLines(readiness: ReleaseReadiness, out: Painter): string[] {
  const required = readiness.gates.filter((gate) => gate.required).length;
  const lines = [out.paint('bold', `Gates (${required} required of ${readiness.gates.length})`)];
  for (const gate of readiness.gates) {
    const status = STATUSES[gate.status] ?? UNKNOWN;
    const statusText = `${status.icon} ${show(gate.status)}`.padEnd(STATUS_COLUMN);
    const gateText = show(gate.gate).padEnd(GATE_COLUMN);
    const head = `  ${out.paint(status.tone, statusText)} ${gateText}`;
    const age = ageText(gate, readiness).padEnd(AGE_COLUMN);
    const detail = `${age} ${evidenceText(gate)}${gate.required ? '' : '  (optional)'}`.trimEnd();
    if (columns(head) + 1 + columns(detail) <= out.width) lines.push(`${head} ${detail}`.trimEnd());
    else lines.push(head.trimEnd(), ...wrap(detail, out.width, '      '));
    if (gate.underlying !== undefined)
      lines.push(...wrap(`deferred; underlying status ${show(gate.underlying)}`, out.width, '      '));
    for (const reason of gate.reasons) {
      lines.push(
        ...wrap(`${show(reason.code)}: ${show(reason.message)}`, out.width, '        ', '      ').map((line) =>
          out.paint('dim', line),
        ),
      );
    }
  }
  return lines;
}

function evidenceText(gate: Gate): string {
  if (gate.evidence === undefined) return '';
  const superseded = gate.superseded.length > 0 ? ` (+${gate.superseded.length} more)` : '';
  return `${show(gate.evidence.id)}${superseded}`;
}

/** Age against max age, `age 2h/1d`; nothing when no valid evidence was measured. */
function ageText(gate: Gate, readiness: ReleaseReadiness): string {
  if (gate.measuredFrom === undefined) return '';
  const age = parseTimestamp(readiness.now) - parseTimestamp(gate.measuredFrom);
  const maxAge = readiness.policy.maxAge?.[gate.gate];
  const limit = maxAge === undefined ? '' : `/${humanSpan(parseDuration(maxAge))}`;
  return `age ${humanSpan(age)}${limit}`;
}

function warningLines(readiness: ReleaseReadiness, out: Painter): string[] {
  const warnings = readiness.warnings ?? [];
  if (warnings.length === 0) return [];
  const lines = ['', out.paint('bold', `Warnings (${warnings.length})`)];
  for (const warning of warnings) {
    const [first = '', ...rest] = wrap(
      `${show(warning.code)}: ${warningText(warning, show)}`,
      out.width,
      '    ',
      '  ! ',
    );
    lines.push(out.paint('warn', first), ...rest);
  }
  return lines;
}

function remedyLines(readiness: ReleaseReadiness, out: Painter): string[] {
  if (readiness.verdict === 'ready') return [];
  const lines = ['', out.paint('bold', 'What would make this ready')];
  for (const gate of readiness.gates.filter(
    (entry) => entry.remedy !== undefined && (entry.required || entry.status === 'invalid'),
  )) {
    const remedy = gate.remedy as NonNullable<Gate['remedy']>;
    lines.push(...wrap(`${show(gate.gate)}: ${remedyText(remedy.code, remedy.args, show)}`, out.width, '    ', '  • '));
    if (typeof remedy.args.command === 'string') {
      lines.push(...wrap(`run: ${out.paint('bold', show(remedy.args.command))}`, out.width, '      ', '    '));
    }
    const entry = deferralEntryLines(remedy.args);
    if (entry !== undefined) {
      lines.push(...wrap(remedyText('add-deferral', remedy.args, show), out.width, '      ', '    '));
      lines.push(...entry.map((line) => `    ${show(line)}`));
    }
  }
  for (const input of readiness.inputs.filter((entry) => !entry.valid)) {
    const id = input.findings > 0 || input.id === undefined ? '(id withheld)' : show(input.id);
    const findings = input.findings > 0 ? ` with ${input.findings} privacy findings` : '';
    const text = `input ${show(input.kind)} ${id} ${show(shortDigest(input.digest))} is invalid${findings}: fix or remove it; every input must be valid`;
    lines.push(...wrap(text, out.width, '    ', '  • '));
  }
  return lines;
}

function holdsLines(readiness: ReleaseReadiness, out: Painter): string[] {
  if (readiness.validUntil === undefined) {
    return wrap('Holds until the inputs change: nothing in them expires.', out.width, '  ', '');
  }
  const left = humanSpan(parseTimestamp(readiness.validUntil) - parseTimestamp(readiness.now));
  const text = `Holds until ${show(readiness.validUntil)} (in ${left}); after that the verdict changes: re-run readiness.`;
  return wrap(text, out.width, '  ', '').map((line, index) => (index === 0 ? out.paint('bold', line) : line));
}
