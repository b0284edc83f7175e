import { describe, expect, expectTypeOf, it } from 'vitest';
import { type OptionTable, parseCommandArgs } from './args.js';
import { UsageError } from './errors.js';
import { commandHelp } from './help.js';

const table = {
  candidate: { type: 'string', required: true, description: 'the candidate', valueHint: 'FILE' },
  evidence: { type: 'string', variadic: true, description: 'evidence paths' },
  format: { type: 'enum', options: ['json', 'markdown'], default: 'json', description: 'output format' },
  mode: { type: 'enum', options: ['a', 'b'], description: 'a mode' },
  quiet: { type: 'boolean', description: 'say less' },
  note: { type: 'string', description: 'a note' },
} as const satisfies OptionTable;

describe('parseCommandArgs', () => {
  it('collects every plain argument after a variadic option', () => {
    const args = parseCommandArgs(['--candidate', 'c.json', '--evidence', 'a', 'b', '--quiet', 'x'], table);
    expect(args.values).toEqual({
      candidate: 'c.json',
      evidence: ['a', 'b'],
      format: 'json',
      mode: undefined,
      quiet: true,
      note: undefined,
    });
    expect(args.positionals).toEqual(['x']);
  });

  it('types each value from the table', () => {
    const { values } = parseCommandArgs(['--candidate=c.json'], table);
    expectTypeOf(values.candidate).toEqualTypeOf<string>();
    expectTypeOf(values.evidence).toEqualTypeOf<readonly string[]>();
    expectTypeOf(values.format).toEqualTypeOf<'json' | 'markdown'>();
    expectTypeOf(values.mode).toEqualTypeOf<'a' | 'b' | undefined>();
    expectTypeOf(values.quiet).toEqualTypeOf<boolean>();
    expectTypeOf(values.note).toEqualTypeOf<string | undefined>();
    expect(values).toMatchObject({ evidence: [], quiet: false });
  });

  it('accepts --name=value, and takes what follows `--` as positionals', () => {
    const args = parseCommandArgs(['--candidate=c.json', '--format=markdown', '--evidence', 'a', '--', '--b'], table);
    expect(args.values.format).toBe('markdown');
    expect(args.values.evidence).toEqual(['a']);
    expect(args.positionals).toEqual(['--b']);
  });

  it.each([
    [['--candidate', 'a', '--candidate', 'b'], 'option --candidate is given more than once'],
    [['--candidate', 'a', '--quiet', '--quiet'], 'option --quiet is given more than once'],
    [['--candidate', 'a', '--unknown'], 'unknown option --unknown'],
    [['--candidate', 'a', '--__proto__'], 'unknown option --__proto__'],
    [['--candidate', 'a', '-x'], 'unknown option -x'],
    [['--candidate', 'a', '--format', 'yaml'], 'option --format takes one of: json, markdown'],
    [['--evidence', 'a'], 'option --candidate is required'],
    [['--candidate'], 'option --candidate needs a value'],
    [['--candidate', 'a', '--quiet=yes'], 'option --quiet needs a value'],
  ])('refuses %j as a usage error', (argv, message) => {
    expect(() => parseCommandArgs(argv, table)).toThrow(UsageError);
    expect(() => parseCommandArgs(argv, table)).toThrow(message);
  });
});

describe('commandHelp', () => {
  it('lists the usage, the plain arguments and every option from the same table', () => {
    const help = commandHelp({
      meta: { name: 'demo', description: 'Demonstrates.' },
      options: table,
      positionals: [{ name: 'PATHS', description: 'files', variadic: true }],
    });
    expect(help.slice(0, 7)).toEqual([
      expect.stringMatching(/^Demonstrates\. \(release-evidence demo v\d+\.\d+\.\d+\)$/),
      '',
      'USAGE release-evidence demo [OPTIONS] [PATHS…]',
      '',
      'ARGUMENTS',
      '',
      '  PATHS    files',
    ]);
    expect(help.slice(7)).toEqual([
      '',
      'OPTIONS',
      '',
      '  --candidate=<FILE>          the candidate (required)',
      '  --evidence=<VALUE>          evidence paths',
      '  --format=<json|markdown>    output format (default: json)',
      '  --mode=<a|b>                a mode',
      '  --quiet                     say less',
      '  --note=<VALUE>              a note',
    ]);
  });
});
