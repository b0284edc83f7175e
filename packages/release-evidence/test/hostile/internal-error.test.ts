import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { removeWorkspace, type Workspace, workspace } from './support.js';

// Issue #8 item 6: an unexpected exception names the file being processed and prints no stack unless
// RELEASE_EVIDENCE_DEBUG=1. A stand-in for a bug: the scanner throws on one file's text.
const MARKER = 'x-internal-error-stand-in';
vi.mock('../../src/privacy/scanner.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/privacy/scanner.js')>();
  return {
    ...actual,
    scanText: (text: string, options?: object) => {
      if (text.includes(MARKER)) throw new TypeError(`cannot read ${text}`);
      return actual.scanText(text, options);
    },
  };
});

let ws: Workspace;
afterEach(() => removeWorkspace(ws));

describe('unexpected exceptions', () => {
  it('name the file, never its contents or a stack; RELEASE_EVIDENCE_DEBUG=1 adds the stack', async () => {
    ws = workspace();
    const path = join(ws.evidence, 'zz-bug.json');
    writeFileSync(path, `{"${MARKER}": true}`);
    const run = await runCli(['scan', ws.evidence], { GITHUB_ACTIONS: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: internal error while processing ${path} (TypeError)\n`);
    expect(run.stdout).toBe('');
    const debug = await runCli(['scan', ws.evidence], { GITHUB_ACTIONS: '', RELEASE_EVIDENCE_DEBUG: '1' });
    expect(debug.stderr).toMatch(/\n\s*at /);
  });
});
