import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { parseStrictArgs } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';

const def: ArgsDef = {
  candidate: { type: 'string', required: true },
  evidence: { type: 'string' },
  format: { type: 'enum', options: ['json', 'markdown'], default: 'json' },
  quiet: { type: 'boolean' },
};

describe('parseStrictArgs', () => {
  it('collects every plain argument after a variadic option', () => {
    const args = parseStrictArgs(['--candidate', 'c.json', '--evidence', 'a', 'b', '--quiet', 'x'], def, ['evidence']);
    expect(args.lists.evidence).toEqual(['a', 'b']);
    expect(args.positionals).toEqual(['x']);
    expect(args.values).toMatchObject({ candidate: 'c.json', quiet: true, format: 'json' });
  });

  it('accepts --name=value', () => {
    expect(parseStrictArgs(['--candidate=c.json', '--format=markdown'], def).values.format).toBe('markdown');
  });

  it.each([
    [['--candidate', 'a', '--candidate', 'b'], /more than once/],
    [['--candidate', 'a', '--unknown'], /unknown option --unknown/],
    [['--candidate', 'a', '--format', 'yaml'], /takes one of: json, markdown/],
    [['--evidence', 'a'], /--candidate is required/],
    [['--candidate'], /needs a value/],
  ])('refuses %j as a usage error', (argv, message) => {
    expect(() => parseStrictArgs(argv, def, ['evidence'])).toThrow(UsageError);
    expect(() => parseStrictArgs(argv, def, ['evidence'])).toThrow(message);
  });
});
