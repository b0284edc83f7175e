import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { inOrder, MIN_FILES_PER_WORKER, threadCount } from './pool.js';

describe('threadCount', () => {
  it('stays on one thread for few files, and uses every core for many', () => {
    expect(threadCount({}, MIN_FILES_PER_WORKER, true)).toBe(1);
    expect(threadCount({}, 100_000, true)).toBe(availableParallelism());
  });

  it('takes RELEASE_EVIDENCE_THREADS over the default, but never more threads than files', () => {
    expect(threadCount({ RELEASE_EVIDENCE_THREADS: '2' }, 3, true)).toBe(2);
    expect(threadCount({ RELEASE_EVIDENCE_THREADS: '8' }, 3, true)).toBe(3);
    expect(threadCount({ RELEASE_EVIDENCE_THREADS: '1' }, 100_000, true)).toBe(1);
  });

  it('runs on one thread when the worker entry is not built (source, the Action bundle), and says so if asked for more', () => {
    expect(threadCount({}, 100_000, false)).toBe(1);
    expect(threadCount({ RELEASE_EVIDENCE_THREADS: '1' }, 100_000, false)).toBe(1);
    expect(() => threadCount({ RELEASE_EVIDENCE_THREADS: '2' }, 100_000, false)).toThrow(/no worker threads/);
  });

  it.each(['0', '-1', 'two', '1.5', '1e3', ' 2'])('refuses RELEASE_EVIDENCE_THREADS=%j (exit 2)', (given) => {
    expect(() => threadCount({ RELEASE_EVIDENCE_THREADS: given }, 10, true)).toThrow(/RELEASE_EVIDENCE_THREADS/);
  });
});

describe('inOrder', () => {
  it('yields in entry order, and a failure is taken (and named) at its own turn, not when it happened', async () => {
    const delays = [30, 0, 10, 0];
    const taken: number[] = [];
    const work = async (entry: number) => {
      await new Promise((done) => setTimeout(done, delays[entry]));
      if (entry >= 2) throw new Error(`failed ${entry}`);
      return entry * 10;
    };
    const results: number[] = [];
    await expect(
      (async () => {
        for await (const result of inOrder([0, 1, 2, 3], 4, work, (entry) => taken.push(entry))) results.push(result);
      })(),
    ).rejects.toThrow('failed 2');
    // Entry 3 failed first in time, but entry 2 is the first failure in order, and nothing after it is taken.
    expect(results).toEqual([0, 10]);
    expect(taken).toEqual([0, 1, 2]);
  });
});
