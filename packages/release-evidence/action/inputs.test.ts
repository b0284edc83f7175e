import { describe, expect, it } from 'vitest';
import { cliArgs, inputOf, readInputs } from './inputs.js';

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

describe('action inputs', () => {
  it('reads INPUT_ names as the runner sets them, hyphens kept, values trimmed', () => {
    expect(inputOf({ 'INPUT_FAIL-ON': ' never \n' }, 'fail-on')).toBe('never');
    expect(inputOf({ INPUT_FAIL_ON: 'never' }, 'fail-on')).toBe('');
    expect(readInputs(env({ 'fail-on': 'never' })).failOn).toBe('never');
  });

  it('takes evidence one path per line, blank lines and surrounding spaces dropped', () => {
    expect(readInputs(env({ evidence: '  a.json \r\n\n dir/ with space/\n' })).evidence).toEqual([
      'a.json',
      'dir/ with space/',
    ]);
  });

  it('builds the CLI call with values attached and option-looking paths made paths', () => {
    const inputs = readInputs(
      env({ command: 'packet', candidate: '-c.json', evidence: '--evil\nev', out: 'p.json', now: '-1', policy: '' }),
    );
    expect(cliArgs(inputs)).toEqual([
      'packet',
      '--candidate=./-c.json',
      '--now=-1',
      '--out=p.json',
      '--evidence',
      './--evil',
      'ev',
    ]);
    expect(cliArgs(readInputs(env({ command: 'scan', evidence: 'a\nb', format: 'sarif' })))).toEqual([
      'scan',
      '--format=sarif',
      '--',
      'a',
      'b',
    ]);
    const verify = readInputs(env({ command: 'verify-packet', packet: 'p.json', evidence: 'ev' }));
    expect(cliArgs(verify)).toEqual(['verify-packet', 'p.json', '--evidence', 'ev']);
  });

  it('refuses unknown enum values, missing inputs and control characters, naming the input only', () => {
    expect(() => readInputs(env({ command: 'deploy' }))).toThrow('the command input takes one of');
    expect(() => readInputs(env({ 'fail-on': 'always' }))).toThrow('the fail-on input takes one of');
    expect(() => cliArgs(readInputs(env({ evidence: 'ev' })))).toThrow('needs the candidate input');
    expect(() => cliArgs(readInputs(env({ candidate: 'c', evidence: '\n' })))).toThrow('names no path');
    expect(() => readInputs(env({ candidate: 'c\u202ejson' }))).toThrow(
      'the candidate input holds a control character',
    );
    expect(() => readInputs(env({ evidence: 'a\tb' }))).toThrow('the evidence input holds a control character');
  });
});
