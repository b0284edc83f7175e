import { describe, expect, it } from 'vitest';
import {
  addDeferral,
  baseline,
  docOf,
  dropGate,
  evaluate,
  replaceDoc,
  shiftTimes,
} from '../../../test/readiness/support.js';
import { colorEnabled, textOptionsFor } from '../../cli/terminal.js';
import { diffReleases, formatDiffText, formatReadinessText } from '../../index.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looks for raw escape characters in output.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the renderer's own colour codes.
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

async function blockedReadiness() {
  const set = baseline();
  dropGate(set, 'provider-canary');
  replaceDoc(set, docOf(set, 'staging-runtime'), shiftTimes(docOf(set, 'staging-runtime'), -30));
  addDeferral(set, 'image-safety', '2026-11-22T00:00:00Z');
  set.candidate.remedies = { 'provider-canary': 'pnpm canary:provider' };
  return (await evaluate(set)).readiness;
}

describe('the text view', () => {
  it('shows verdict, subject, a line per gate, warnings, what would make it ready and how long it holds', async () => {
    const text = formatReadinessText(await blockedReadiness(), { color: false, width: 80 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('✖ BLOCKED  example-org/generic-ai-media-template');
    expect(text).toContain('commit 3f2c9a1b7d4e');
    for (const gate of ['source-known', 'staging-runtime', 'provider-canary', 'production-cutover']) {
      expect(lines.some((line) => line.includes(` ${gate} `) || line.endsWith(` ${gate}`))).toBe(true);
    }
    expect(text).toMatch(/◷ stale +staging-runtime +age 1d08h\/1d +staging-smoke/);
    expect(text).toContain('Warnings (1)');
    expect(text).toContain('deferral-expiring');
    expect(text).toContain('What would make this ready');
    expect(text).toContain('run: pnpm canary:provider');
    expect(text).toContain('"id": "DEFER-2"');
    expect(text).toMatch(/Holds until|holds until/);
  });

  it('a ready verdict states the approved traffic and when it stops holding', async () => {
    const text = formatReadinessText((await evaluate(baseline())).readiness, { color: false, width: 80 });
    expect(text.split('\n')[0]).toBe('✔ READY  example-org/generic-ai-media-template');
    expect(text).toContain('approved for 100% of production traffic');
    expect(text).toContain('Holds until 2026-11-21T10:00:00.000000001Z (in 22h)');
    expect(text).not.toContain('What would make this ready');
  });

  it.each([80, 60, 40])('keeps every line within %i columns', async (width) => {
    const readiness = await blockedReadiness();
    readiness.gates[0] = { ...readiness.gates[0], reasons: [{ code: 'x', message: 'y'.repeat(300) }] } as never;
    for (const text of [
      formatReadinessText(readiness, { color: true, width }),
      formatDiffText(diffReleases(readiness, readiness), { color: false, width }),
    ]) {
      // The paste-ready deferral entry stays valid JSON, one member a line; it fits at 80 columns.
      const lines = plain(text)
        .split('\n')
        .filter((line) => width >= 80 || !/^ {4}(?:[{}]| {2}")/.test(line));
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
    }
  });

  it('colours only when asked, and never lets a document write an escape sequence', async () => {
    const readiness = await blockedReadiness();
    readiness.milestone = { id: 'evil\u001b[2J\u202e\nline' };
    const colored = formatReadinessText(readiness, { color: true, width: 80 });
    const bare = formatReadinessText(readiness, { color: false, width: 80 });
    expect(colored).toContain('\u001b[31m');
    expect(bare).not.toContain('\u001b');
    expect(plain(colored)).toBe(bare);
    expect(bare).toContain('evil\\u001b[2J\\u202e\\nline');
    expect(RAW_CONTROL.test(plain(colored))).toBe(false);
  });
});

describe('colour rules', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true],
    [{ isTTY: false }, { FORCE_COLOR: '' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, false],
    [{ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    [{ isTTY: true }, { TERM: 'dumb' }, false],
  ])('%o with %o → %s', (stream, env, expected) => {
    expect(colorEnabled(stream, env)).toBe(expected);
  });

  it('reads at 80 columns off a terminal and at its width on one', () => {
    expect(textOptionsFor({ isTTY: false, columns: 200 }, {}).width).toBe(80);
    expect(textOptionsFor({ isTTY: true, columns: 132 }, {}).width).toBe(132);
  });
});
