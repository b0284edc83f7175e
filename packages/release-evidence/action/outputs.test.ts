import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutputs } from '../test/action/runner.js';
import { outputRecord, writeStepOutputs } from './outputs.js';

describe('step outputs', () => {
  it('uses the multi-line form with a fresh delimiter per output', () => {
    const first = outputRecord('verdict', 'ready');
    const second = outputRecord('verdict', 'ready');
    expect(first).toMatch(/^verdict<<ghadelimiter_[0-9a-f-]{36}\nready\nghadelimiter_[0-9a-f-]{36}\n$/);
    expect(first).not.toBe(second);
  });

  it('keeps a value that looks like another output inside its own', () => {
    const value = 'line\nready<<EOF\ntrue\nEOF\nverdict=ready';
    expect(parseOutputs(outputRecord('note', value))).toEqual({ note: value });
  });

  it('refuses a value holding its delimiter, and names that are not lower-case words', () => {
    expect(() => outputRecord('note', 'a\nDELIM\nb', 'DELIM')).toThrow('holds its delimiter');
    expect(() => outputRecord('Bad name', 'x')).toThrow('output name');
  });

  it('appends sorted outputs to GITHUB_OUTPUT, and does nothing without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    const file = join(dir, 'out');
    writeFileSync(file, 'earlier=1\n');
    await writeStepOutputs({ GITHUB_OUTPUT: file }, { verdict: 'blocked', ready: 'false' });
    await writeStepOutputs({}, { verdict: 'ignored' });
    const text = readFileSync(file, 'utf8');
    expect(parseOutputs(text)).toEqual({ earlier: '1', ready: 'false', verdict: 'blocked' });
    expect(text.indexOf('ready<<')).toBeLessThan(text.indexOf('verdict<<'));
    rmSync(dir, { recursive: true });
  });
});
