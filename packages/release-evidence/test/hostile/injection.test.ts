import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Captured, removeWorkspace, runEverything, type Workspace, workspace } from './support.js';

// Issue #8 item 2 (spec §10): nothing from an input reaches a terminal or a log raw.
const FORGED = '\n::stop-commands::x\n::notice::ready\n';
const TERMINAL = '\u001b]0;owned\u0007\u001b[2J\u009b31m';
const LEGACY = '##[set-output name=verdict;]ready';
const BIDI = 'safe\u202egnp.exe\u2028\u2029';

let ws: Workspace;
let captured: Captured[];

beforeAll(async () => {
  ws = workspace((documents) => {
    const source = documents.source as Record<string, unknown>;
    source.extensions = { 'x-hostile': { [FORGED]: TERMINAL, [LEGACY]: BIDI } };
    // An unknown member whose name is hostile: it reaches error pointers.
    (documents.staging as Record<string, unknown>)[`${FORGED}${TERMINAL}`] = 1;
  });
  // A file name with a newline and a forged command, in a sub-directory whose name is an escape sequence.
  const sub = join(ws.evidence, `sub${TERMINAL.replaceAll('\u0007', '')}`);
  mkdirSync(sub);
  writeFileSync(join(sub, `x${FORGED}${LEGACY}.json`), '{"contract": "release-evidence/v1", "kind": "release-status"}');
  captured = await runEverything(ws);
}, 240_000);

afterAll(() => removeWorkspace(ws));

/** Lines the Actions runner would read as a workflow command: `::` after blanks, or the legacy `##[` anywhere. */
function forgedCommands(text: string): string[] {
  return text.split('\n').filter((line) => {
    const trimmed = line.trimStart();
    const own = /^::(error|warning) title=/.test(trimmed);
    return (trimmed.startsWith('::') && !own) || /##\[/i.test(line);
  });
}

describe('control characters and workflow commands from inputs (spec §10)', () => {
  it('ran every command and format, with and without GitHub Actions', () => {
    expect(captured).toHaveLength(26);
    // The hostile documents are invalid (scan judges privacy only; the packet still verifies; the fixture is apart).
    const judged = captured.filter((run) => /^(validate|readiness|packet)/.test(run.name));
    for (const run of judged) expect(run.code, run.name).not.toBe(0);
  });

  it('forges no workflow command in any output', () => {
    for (const run of captured)
      for (const [output, text] of Object.entries(run.outputs))
        expect(forgedCommands(text), `${run.name} ${run.github} ${output}`).toEqual([]);
  });

  it('writes no raw control, separator or bidi character outside JSON escapes', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not be written raw.
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069]/;
    for (const run of captured)
      for (const [output, text] of Object.entries(run.outputs))
        expect(raw.test(text), `${run.name} ${run.github} ${output}`).toBe(false);
  });

  it('shows the hostile file name with its newline made visible', () => {
    const scan = captured.find((run) => run.name === 'scan text' && !run.github);
    expect(scan?.outputs.stdout).toMatch(/x\\n::stop-commands::x\\n::notice::ready\\n##\\u005bset-output/);
  });

  it('still writes its own workflow commands, with properties, in GitHub Actions', () => {
    const readiness = captured.find((run) => run.name === 'readiness json' && run.github);
    expect(readiness?.outputs.stderr).toMatch(/^::error title=/m);
  });
});
