import { vi } from 'vitest';
import { runMain } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in process, as the bin does, capturing both streams and the exit code; `env` is set for the run. */
export async function runCli(argv: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(
    capture((text) => {
      stdout += text;
    }) as typeof process.stdout.write,
  );
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(
    capture((text) => {
      stderr += text;
    }) as typeof process.stderr.write,
  );
  try {
    process.exitCode = undefined;
    await runMain(argv);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
    process.env = saved;
  }
}
