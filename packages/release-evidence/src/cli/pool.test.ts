import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_PER_WORKER, threadCount } from './pool.js';

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
