import { describe, expect, it } from 'vitest';
import { buildCanaryEvidence, runCanary } from '../../adapters/provider-canary.js';
import { loadReleaseConfig } from '../../adapters/shared/config.js';
import { withLocalWorker } from '../../adapters/shared/local-worker.js';
import { stagingTarget } from '../../adapters/shared/target.js';
import { buildStagingStatus, runSmokeChecks, SMOKE_CHECKS } from '../../adapters/staging-smoke.js';
import { SUBJECT } from './subject-fixture.js';

/**
 * The real-origin path (`--staging-url`) with an injected fetch: requests are addressed to the https origin, and the
 * injected fetch delivers them to the Worker in Miniflare on 127.0.0.1, so no test reaches the network.
 */
describe('staging target', () => {
  it('accepts only an https origin that spec §2 allows', () => {
    expect(stagingTarget('https://staging.ai-media.example.com')).toMatchObject({
      transport: 'https',
      provider: 'deployed',
    });
    for (const url of [
      'http://staging.example.com',
      'https://localhost',
      'https://127.0.0.1',
      'https://a.example.com/path',
    ]) {
      expect(stagingTarget(url), url).toBeUndefined();
    }
  });

  it('runs the smoke and the canary against the origin and says so in the evidence', async () => {
    const seen: string[] = [];
    const { checks, runs } = await withLocalWorker(async (worker) => {
      const relay: typeof fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        seen.push(url.origin);
        return fetch(new URL(`${url.pathname}${url.search}`, worker.url), init);
      };
      const target = stagingTarget('https://staging.ai-media.example.com', relay);
      if (!target) throw new Error('no target');
      return { checks: await runSmokeChecks(target), runs: await runCanary(target, 3, 5000), target };
    });
    expect(new Set(seen)).toEqual(new Set(['https://staging.ai-media.example.com']));
    expect(checks.map((check) => check.status)).toEqual(SMOKE_CHECKS.map(() => 'passed'));
    const config = loadReleaseConfig();
    const real = { transport: 'https', provider: 'deployed' } as const;
    expect(buildStagingStatus(config, SUBJECT, '2026-11-25T10:00:00Z', checks, real).extensions).toEqual({
      'x-transport': 'https',
    });
    const window = { startedAt: '2026-11-25T10:00:00Z', endedAt: '2026-11-25T10:01:00Z' };
    expect(buildCanaryEvidence(config, SUBJECT, window, runs, real).extensions).toEqual({
      'x-transport': 'https',
      'x-provider': 'deployed',
    });
  });
});
