// The action's inputs, read the way the runner hands them over, and the CLI call they stand for.
import { UsageError } from '../src/cli/errors.js';

export const COMMANDS = ['readiness', 'packet', 'verify-packet', 'scan'] as const;
export type ActionCommand = (typeof COMMANDS)[number];
export const FAIL_ON = ['not-ready', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  readonly command: ActionCommand;
  readonly candidate: string;
  readonly packet: string;
  /** One path per line of the `evidence` input. */
  readonly evidence: readonly string[];
  readonly policy: string;
  readonly now: string;
  readonly out: string;
  readonly markdown: string;
  readonly html: string;
  readonly format: string;
  readonly failOn: FailOn;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The runner sets `INPUT_<NAME>` for every input, with the defaults of action.yml filled in: the name upper-cased
 * with spaces as `_` and hyphens kept (`fail-on` is `INPUT_FAIL-ON`), as `getInput` in actions/toolkit reads it.
 * Values are trimmed as `getInput` does.
 */
export function inputOf(env: Env, name: string): string {
  const value = (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  // No path, timestamp or name needs a control character; refusing them keeps every input printable as it is.
  const lines = name === 'evidence' ? value.split(/\r?\n/) : [value];
  if (lines.some((line) => CONTROL.test(line))) throw new UsageError(`the ${name} input holds a control character`);
  return value;
}

// C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional controls (spec §10).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function readInputs(env: Env): ActionInputs {
  return {
    command: oneOf(env, 'command', COMMANDS, 'readiness'),
    candidate: inputOf(env, 'candidate'),
    packet: inputOf(env, 'packet'),
    evidence: inputOf(env, 'evidence')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    policy: inputOf(env, 'policy'),
    now: inputOf(env, 'now'),
    out: inputOf(env, 'out'),
    markdown: inputOf(env, 'markdown'),
    html: inputOf(env, 'html'),
    format: inputOf(env, 'format'),
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'not-ready'),
  };
}

function oneOf<const T extends readonly string[]>(env: Env, name: string, allowed: T, fallback: T[number]): T[number] {
  const value = inputOf(env, name);
  if (value === '') return fallback;
  if (!allowed.includes(value)) throw new UsageError(`the ${name} input takes one of: ${allowed.join(', ')}`);
  return value;
}

/**
 * The CLI arguments for the inputs. Values are attached with `=` and paths that start with `-` are written `./-…`,
 * so no input value can be read as another option, whatever it holds.
 */
export function cliArgs(inputs: ActionInputs): string[] {
  const option = (name: string, value: string): string[] => (value === '' ? [] : [`--${name}=${value}`]);
  const format = option('format', inputs.format);
  const evidence = inputs.evidence.map(asPath);
  const needEvidence = (): void => {
    if (evidence.length === 0) throw new UsageError('the evidence input names no path');
  };
  switch (inputs.command) {
    case 'readiness':
    case 'packet': {
      if (inputs.candidate === '') throw new UsageError(`the ${inputs.command} command needs the candidate input`);
      needEvidence();
      const common = [
        ...option('candidate', asPath(inputs.candidate)),
        ...option('policy', asPath(inputs.policy)),
        ...option('now', inputs.now),
      ];
      if (inputs.command === 'readiness') return ['readiness', ...common, ...format, '--evidence', ...evidence];
      if (inputs.out === '') throw new UsageError('the packet command needs the out input');
      const files = [
        ...option('out', asPath(inputs.out)),
        ...option('markdown', asPath(inputs.markdown)),
        ...option('html', asPath(inputs.html)),
      ];
      return ['packet', ...common, ...files, '--evidence', ...evidence];
    }
    case 'verify-packet':
      if (inputs.packet === '') throw new UsageError('the verify-packet command needs the packet input');
      needEvidence();
      return ['verify-packet', asPath(inputs.packet), ...format, '--evidence', ...evidence];
    case 'scan':
      needEvidence();
      return ['scan', ...format, '--', ...evidence];
  }
}

function asPath(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}
