// `--help` and the usage printed above a usage error, for the program and for each command: rendered here only,
// as plain lines (no colour, no trailing spaces) that the sink writes.
import type { OptionSpec, OptionTable } from './args.js';
import { VERSION } from './version.js';

export const PROGRAM = 'release-evidence';
export const PROGRAM_DESCRIPTION =
  'Validate, privacy-scan and summarise release evidence (contract release-evidence/v1).';

export interface CommandMeta {
  readonly name: string;
  readonly description: string;
}

/** A plain argument, for `--help` only: each command checks how many it was given and says so. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  /** Shown bare (`OLD NEW`) instead of in brackets (`[KIND]`). */
  readonly required?: boolean;
  /** Takes any number (`[PATHS…]`). */
  readonly variadic?: boolean;
}

export interface CommandHelp {
  readonly meta: CommandMeta;
  readonly options: OptionTable;
  readonly positionals: readonly PositionalSpec[];
}

export function programHelp(commands: readonly CommandMeta[]): string[] {
  return [
    `${PROGRAM_DESCRIPTION} (${PROGRAM} v${VERSION})`,
    '',
    `USAGE ${PROGRAM} ${commands.map((command) => command.name).join('|')}`,
    '',
    'COMMANDS',
    '',
    ...table(commands.map((command) => [command.name, command.description])),
    '',
    `Use ${PROGRAM} <command> --help for more information about a command.`,
  ];
}

export function commandHelp({ meta, options, positionals }: CommandHelp): string[] {
  const usage = [`${PROGRAM} ${meta.name}`, '[OPTIONS]', ...positionals.map(positionalUsage)].join(' ');
  const lines = [`${meta.description} (${PROGRAM} ${meta.name} v${VERSION})`, '', `USAGE ${usage}`];
  if (positionals.length > 0) {
    lines.push('', 'ARGUMENTS', '', ...table(positionals.map((arg) => [arg.name, arg.description])));
  }
  const rows = Object.entries(options).map(([name, spec]) => [optionUsage(name, spec), optionDescription(spec)]);
  if (rows.length > 0) lines.push('', 'OPTIONS', '', ...table(rows));
  return lines;
}

function positionalUsage(arg: PositionalSpec): string {
  const name = arg.variadic ? `${arg.name}…` : arg.name;
  return arg.required ? name : `[${name}]`;
}

function optionUsage(name: string, spec: OptionSpec): string {
  if (spec.type === 'boolean') return `--${name}`;
  return `--${name}=<${spec.type === 'enum' ? spec.options.join('|') : (spec.valueHint ?? 'VALUE')}>`;
}

function optionDescription(spec: OptionSpec): string {
  if (spec.type === 'boolean') return spec.description;
  const notes = [spec.required ? 'required' : '', spec.default === undefined ? '' : `default: ${spec.default}`];
  const note = notes.filter(Boolean).join(', ');
  return note === '' ? spec.description : `${spec.description} (${note})`;
}

/** Two columns, the first padded to its widest cell. */
function table(rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(...rows.map(([first = '']) => first.length));
  return rows.map(([first = '', second = '']) => `  ${first.padEnd(width)}    ${second}`.trimEnd());
}
