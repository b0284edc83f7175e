import { describe, expect, it } from 'vitest';
import { usingResource } from '../../adapters/shared/lifecycle.js';

describe('usingResource', () => {
  it('stops the resource after the body, once', async () => {
    const events: string[] = [];
    const result = await usingResource(
      async () => 'server',
      async (resource) => {
        events.push(`stop ${resource}`);
      },
      async (resource) => {
        events.push(`use ${resource}`);
        return 42;
      },
    );
    expect(result).toBe(42);
    expect(events).toEqual(['use server', 'stop server']);
  });

  it('stops the resource when the body throws, and rethrows', async () => {
    const events: string[] = [];
    const run = usingResource(
      async () => 'worker',
      async () => {
        events.push('stopped');
      },
      async () => {
        throw new Error('check failed');
      },
    );
    await expect(run).rejects.toThrow('check failed');
    expect(events).toEqual(['stopped']);
  });
});
