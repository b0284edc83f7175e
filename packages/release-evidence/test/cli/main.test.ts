import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { runCli } from '../readiness/cli-support.js';

const COMMANDS = ['validate', 'scan', 'readiness', 'packet', 'verify-packet', 'check-fixture', 'diff', 'schema'];

describe('release-evidence <command>', () => {
  it.each([['toString'], ['constructor'], ['hasOwnProperty', 'x'], ['__proto__']])(
    'treats %s, an Object.prototype member, as an unknown command (exit 2)',
    async (...argv) => {
      const result = await runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`error: Unknown command ${argv[0]}`);
    },
  );

  it.each([
    [[], 'No command specified.'],
    [['--zzz', 'validate'], 'unknown option --zzz'],
    [['--version', 'validate'], 'option --version takes no other arguments'],
  ])('refuses %j with the program usage (exit 2)', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`USAGE release-evidence ${COMMANDS.join('|')}`);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`error: ${message}`);
  });

  it.each([['--version'], ['-v']])('prints the version for %s alone', async (flag) => {
    expect(await runCli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('lists every command for --help, with no trailing spaces', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const name of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^ {2}${name} +[A-Z]`, 'm'));
    expect(result.stdout).not.toMatch(/ $/m);
  });

  it.each([
    ['scan', '-h'],
    ['readiness', '--candidate', 'c.json', '--help'],
  ])('prints the help of the command named: %j', async (...argv) => {
    const result = await runCli(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`USAGE release-evidence ${argv[0]} [OPTIONS]`);
  });

  it('prints the command usage above a usage error in that command', async () => {
    const result = await runCli(['packet', '--candidate', 'c.json', '--evidence', 'e']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('USAGE release-evidence packet [OPTIONS]');
    expect(result.stderr).toContain('  --out=<FILE>            where to write the packet, as JSON (required)');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('error: option --out is required');
  });
});
