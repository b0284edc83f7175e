import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_ROOT } from '../../adapters/shared/paths.js';
import { descendantsOf, isAlive } from './process-tree.js';

const outDir = mkdtempSync(join(tmpdir(), 'ai-media-demo-'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Tree = Map<number, string>;
const runsWorkerd = (tree: Tree) => [...tree.values()].some((name) => name.startsWith('workerd'));
const runsTestRunner = (tree: Tree) => [...tree.values()].filter((name) => name === 'node').length > 0;

/** Starts the demo, waits until `stage` is logged and `ready(tree)` holds, sends `signal`, and reports survivors. */
async function interruptDemo(signal: NodeJS.Signals, stage: string, ready: (tree: Tree) => boolean) {
  const child = spawn(process.execPath, ['dist/demo.mjs'], {
    cwd: TEMPLATE_ROOT,
    env: { ...process.env, DEMO_OUT_DIR: outDir, DEMO_CANARY_RUNS: '100000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let tree = new Map<number, string>();
  // The stages before the canary run the typecheck and the unit tests: on a contended machine that takes minutes.
  const deadline = Date.now() + 170_000;
  while (Date.now() < deadline) {
    tree = descendantsOf(child.pid ?? -1);
    if (stderr.includes(stage) && ready(tree)) break;
    await sleep(50);
  }
  child.kill(signal);
  const code = await exited;
  await sleep(200);
  return { tree, code, stderr, alive: [...tree.keys()].filter(isAlive) };
}

describe('pnpm demo interrupted midway', () => {
  for (const [signal, exitCode] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`stops workerd and the fake provider on ${signal}`, { timeout: 200_000 }, async () => {
      const { tree, code, stderr, alive } = await interruptDemo(signal, 'provider-canary:', runsWorkerd);
      expect(runsWorkerd(tree)).toBe(true);
      expect(stderr).toContain(`received ${signal}`);
      expect(code).toBe(exitCode);
      expect(alive).toEqual([]);
    });
  }

  it('stops the running test runner when interrupted during source-status', { timeout: 200_000 }, async () => {
    const { tree, code, alive } = await interruptDemo('SIGTERM', 'source-status:', runsTestRunner);
    expect(runsTestRunner(tree)).toBe(true);
    expect(code).toBe(143);
    expect(alive).toEqual([]);
  });
});
