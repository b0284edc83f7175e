import { describe, expect, it } from 'vitest';
import { runCanary } from '../../adapters/provider-canary.js';
import { loadReleaseConfig } from '../../adapters/shared/config.js';
import { withLocalWorker } from '../../adapters/shared/local-worker.js';
import { localTarget } from '../../adapters/shared/target.js';
import { buildStagingStatus, runSmokeChecks, SMOKE_CHECKS } from '../../adapters/staging-smoke.js';
import { SUBJECT } from './subject-fixture.js';

const post = (url: URL, prompt: unknown) =>
  fetch(new URL('/api/generate', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt }),
  });

describe('the Worker in Miniflare', () => {
  it('passes every staging smoke check over real HTTP on 127.0.0.1', async () => {
    const { results, local } = await withLocalWorker(async (worker) => {
      expect(worker.url.hostname).toBe('127.0.0.1');
      expect(worker.provider.baseUrl.startsWith('http://127.0.0.1:')).toBe(true);
      return { results: await runSmokeChecks(localTarget(worker)), local: [worker.url.host, worker.provider.baseUrl] };
    });
    expect(results.map((check) => [check.name, check.status, check.detail])).toEqual(
      SMOKE_CHECKS.map((check) => [check.name, 'passed', undefined]),
    );
    // The evidence names the canonical staging origin; the local URLs the checks travelled over never appear.
    const evidence = buildStagingStatus(loadReleaseConfig(), SUBJECT, '2026-11-25T10:00:00Z', results, {
      transport: 'local',
    });
    expect(evidence).toMatchObject({ origin: { environment: 'staging' }, extensions: { 'x-transport': 'local' } });
    const text = JSON.stringify(evidence);
    for (const url of [...local, '127.0.0.1', 'localhost']) expect(text).not.toContain(url);
  });

  it('calls the provider once per generation, and the canary succeeds', async () => {
    const { runs, requests } = await withLocalWorker(async (worker) => {
      const canary = await runCanary(localTarget(worker), 5, 5000);
      return { runs: canary, requests: worker.provider.requests };
    });
    expect(runs.map((run) => run.outcome)).toEqual(Array(5).fill('succeeded'));
    expect(requests).toBe(5);
  });

  it('answers 502 without echoing anything when the provider is down, and stops its servers afterwards', async () => {
    const provider = await withLocalWorker(async (worker) => {
      await new Promise<void>((resolve) => worker.provider.server.close(() => resolve()));
      const response = await post(worker.url, 'a quiet harbour');
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ error: 'provider unavailable' });
      return worker.provider;
    });
    expect(provider.server.listening).toBe(false);
  });

  it('rejects prompts that are not 1-500 characters', async () => {
    const statuses = await withLocalWorker(async (worker) =>
      Promise.all(
        [post(worker.url, 'x'.repeat(501)), post(worker.url, 42)].map(async (response) => (await response).status),
      ),
    );
    expect(statuses).toEqual([400, 400]);
  });
});
