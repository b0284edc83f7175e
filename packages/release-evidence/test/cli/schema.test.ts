import { afterEach, describe, expect, test } from 'vitest';
import { jsonSchemaFor, KINDS } from '../../src/contract/index.js';
import { runCli } from './run-cli.js';

const run = (args: string[]) => runCli(args);

afterEach(() => {
  process.exitCode = undefined;
});

describe('release-evidence schema', () => {
  test('lists the kinds, one per line', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${KINDS.join('\n')}\n`);
  });
  test.each(KINDS)('prints the JSON Schema of %s', async (kind) => {
    const result = await run(['schema', kind]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(jsonSchemaFor(kind));
  });
  test('an unknown kind is a usage error (exit 2) that does not echo the argument', async () => {
    const result = await run(['schema', 'Xy7qLm2pRt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown kind');
    expect(result.stderr).not.toContain('Xy7qLm2pRt');
  });
  test('more than one kind, or an unknown option, is a usage error', async () => {
    expect((await run(['schema', 'release-status', 'release-packet'])).code).toBe(2);
    expect((await run(['schema', '--format', 'json'])).code).toBe(2);
  });
});
