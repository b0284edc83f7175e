// `scan` and `validate` over many files: the files are spread over worker threads, a few queued per worker, and the
// results come back to this thread in the sorted file order, so the output is the same bytes whatever the thread
// count. Workers never write: what they found (results and values to withhold) goes through the run's sink.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../privacy/index.js';
import { UsageError } from './errors.js';
import { FILE_CHECKS, type FileCheckName, type FileCheckResult } from './file-checks.js';
import { scanPath } from './path-scan.js';
import { type InputEntry, listInputs, readInput } from './scan-inputs.js';
import type { RunContext } from './sink.js';

/** Files each thread must have before one more is used: a worker costs more than it saves (see docs/architecture.md). */
export const MIN_FILES_PER_WORKER = 200;
/** Files in flight per worker, so that none waits for its next task while this thread takes results in order. */
const QUEUE_PER_WORKER = 8;
/**
 * A worker's heap limits. A file check leaves almost nothing alive (inputs are at most 1 MiB, and what the scanner
 * caches is copied out of its file: test/cli/retention.test.ts), yet V8 lets a young generation grow to 48 MB, and
 * lets the old one fill with garbage to four times what is alive when its limit is large. Measured
 * (docs/architecture.md): 2 workers over 200 MB peaked at 194 MB RSS as V8 chose, 155 MB with a 4 MB young
 * generation, about 120 MB with the old one capped too, at the same speed.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 };
const WORKER_FILE = fileURLToPath(new URL('./pool-worker.mjs', import.meta.url));

export interface WorkerTask {
  /** Echoed in the reply, because a worker holds several tasks at once. */
  readonly id: number;
  readonly check: FileCheckName;
  readonly path: string;
  /** The main thread scanned the path's names when listing and found nothing: the worker need not scan them again. */
  readonly cleanPath: boolean;
  readonly options: CheckOptions;
}

/** What a worker sends back for one task: the result and the values it found, or the name of what went wrong. */
export type WorkerReply = { readonly id: number } & (
  | { readonly ok: true; readonly result: unknown; readonly withheld: readonly string[] }
  | { readonly ok: false; readonly errorName: string }
);

/** The check's result for every input under `paths`, in sorted path order. */
export async function* checkFiles<N extends FileCheckName>(
  check: N,
  paths: readonly string[],
  context: RunContext,
): AsyncGenerator<FileCheckResult<N>> {
  yield* checkEntries(check, await listInputs(paths, context), context);
}

/** The check's result for every entry, in the order given. */
export async function* checkEntries<N extends FileCheckName>(
  check: N,
  entries: readonly InputEntry[],
  context: RunContext,
  options: CheckOptions = {},
): AsyncGenerator<FileCheckResult<N>> {
  const here = async (entry: InputEntry) =>
    (await FILE_CHECKS[check](await readInput(entry, context), context, options)) as FileCheckResult<N>;
  const threads = threadCount(context.env, entries.length);
  if (threads <= 1) {
    // Copied as a worker's reply is: a result's strings are views of its file's text (V8 keeps substrings so), and
    // every result is kept to the end of the run, so without the copy memory would grow with the corpus.
    for (const entry of entries) yield structuredClone(await here(entry));
    return;
  }
  // With more than one thread, the workers check every file and this thread only hands out paths and takes results:
  // its heap stays small, and no worker waits while this thread is busy with a file of its own.
  const pool = new WorkerPool(threads);
  try {
    const work = async (entry: InputEntry) => {
      if (typeof entry !== 'string') return here(entry);
      const cleanPath = scanPath(entry, context).length === 0;
      const reply = await pool.run({ check, path: entry, cleanPath, options });
      if (!reply.ok) throw Object.assign(new Error('worker failed'), { name: reply.errorName });
      context.withhold(reply.withheld);
      return reply.result;
    };
    // Checks finish out of order, so the file an error names is set here, as each result or failure is taken in order.
    const taking = (entry: InputEntry) => context.processing(typeof entry === 'string' ? entry : entry.args.path);
    yield* inOrder(entries, threads * QUEUE_PER_WORKER, work, taking) as AsyncGenerator<FileCheckResult<N>>;
  } finally {
    await pool.close();
  }
}

/**
 * How many threads check files: `RELEASE_EVIDENCE_THREADS` when set (1 checks them on this thread, with no worker),
 * else one worker per core once there are enough files to pay for starting them. Without the worker entry beside
 * this module (running from source, or the GitHub Action's single-file bundle) the default is one thread, and asking
 * for more is a usage error, so a run that asks for workers never gets silently fewer.
 */
export function threadCount(env: RunContext['env'], files: number, workers = existsSync(WORKER_FILE)): number {
  const given = env.RELEASE_EVIDENCE_THREADS;
  if (given !== undefined && given !== '' && !/^[1-9][0-9]{0,2}$/.test(given))
    throw new UsageError('RELEASE_EVIDENCE_THREADS takes a whole number of threads from 1 to 999');
  if (!workers) {
    if (given && given !== '1')
      throw new UsageError('RELEASE_EVIDENCE_THREADS: this build has no worker threads (the Action runs on one)');
    return 1;
  }
  const wanted = given ? Number(given) : Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Runs `work` over `entries` with at most `window` in flight, yielding results in the order of `entries`; `taking`
 * hears of each entry as its result (or failure) is taken.
 */
export async function* inOrder<E, R>(
  entries: readonly E[],
  window: number,
  work: (entry: E) => Promise<R>,
  taking: (entry: E) => void,
) {
  const pending: { entry: E; running: Promise<R> }[] = [];
  let next = 0;
  const start = () => {
    const entry = entries[next++] as E;
    const running = work(entry);
    running.catch(() => {}); // awaited below, in order; this only stops an early failure from being "unhandled"
    pending.push({ entry, running });
  };
  while (next < entries.length && pending.length < window) start();
  while (pending.length > 0) {
    const { entry, running } = pending.shift() as (typeof pending)[number];
    const settled = await running.then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    taking(entry);
    if (!settled.ok) throw settled.error;
    if (next < entries.length) start();
    yield settled.result;
  }
}

/** Worker threads; a task goes to the live worker with the fewest tasks in hand. */
class WorkerPool {
  private readonly workers: { worker: Worker; pending: Map<number, (reply: WorkerReply) => void>; ended: boolean }[] =
    [];
  private nextId = 0;

  constructor(size: number) {
    for (let index = 0; index < size; index++) {
      // stdout/stderr: true gives the worker streams of its own, never piped to the process's (one sink).
      const worker = new Worker(WORKER_FILE, {
        stdout: true,
        stderr: true,
        resourceLimits: WORKER_LIMITS,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      const entry = { worker, pending: new Map<number, (reply: WorkerReply) => void>(), ended: false };
      worker.on('message', (reply: WorkerReply) => {
        entry.pending.get(reply.id)?.(reply);
        entry.pending.delete(reply.id);
      });
      // A worker that failed or ended (out of memory, say) takes no more tasks; those it held fail, so the run fails
      // naming a file instead of waiting for replies that never come.
      const end = (errorName: string) => {
        entry.ended = true;
        for (const [id, done] of entry.pending) done({ id, ok: false, errorName });
        entry.pending.clear();
      };
      // Named by Node's code where it has one (`ERR_WORKER_OUT_OF_MEMORY`): a fixed word, never the input's.
      worker.once('error', (error: unknown) => {
        const { code, name } = error as { code?: unknown; name?: string };
        end(typeof code === 'string' && /^ERR_[A-Z_]+$/.test(code) ? code : (name ?? 'Error'));
      });
      worker.once('exit', () => end('Error'));
      // A reply that cannot be read back would otherwise leave its task waiting for ever.
      worker.on('messageerror', () => end('DataCloneError'));
      this.workers.push(entry);
    }
  }

  run(task: Omit<WorkerTask, 'id'>): Promise<WorkerReply> {
    let entry: (typeof this.workers)[number] | undefined;
    for (const next of this.workers) {
      if (!next.ended && (entry === undefined || next.pending.size < entry.pending.size)) entry = next;
    }
    const id = this.nextId++;
    if (!entry) return Promise.resolve({ id, ok: false, errorName: 'Error' });
    return new Promise((done) => {
      entry.pending.set(id, done);
      entry.worker.postMessage({ ...task, id } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
