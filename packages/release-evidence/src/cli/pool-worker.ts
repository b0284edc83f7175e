// The worker thread of pool.ts: reads and checks one file per message and posts the result back with the task's id.
// It never writes output (its stdout and stderr are not the process's); the main thread's sink writes everything.
import { parentPort } from 'node:worker_threads';
import { FILE_CHECKS } from './file-checks.js';
import { rememberClean } from './path-scan.js';
import type { WorkerReply, WorkerTask } from './pool.js';
import { readInput } from './scan-inputs.js';
import type { RunContext } from './sink.js';

parentPort?.on('message', async (task: WorkerTask) => {
  const withheld: string[] = [];
  const context: RunContext = {
    env: {},
    withhold: (values) => {
      withheld.push(...values);
    },
    processing: () => {},
  };
  if (task.cleanPath) rememberClean(task.path);
  let reply: WorkerReply;
  try {
    const result = await FILE_CHECKS[task.check](await readInput(task.path, context), context, task.options);
    reply = { id: task.id, ok: true, result, withheld };
  } catch (error) {
    reply = { id: task.id, ok: false, errorName: (error as { name?: string }).name ?? 'Error' };
  }
  parentPort?.postMessage(reply);
});
