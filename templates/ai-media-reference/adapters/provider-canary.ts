import type { ProviderCanaryEvidence } from '@cloudflare-saas-core/release-evidence';
import { evidenceId, providerCanaryEvidence } from '@cloudflare-saas-core/release-evidence/builders';
import type { ReleaseConfig } from './shared/config.js';
import { percentile } from './shared/percentile.js';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';
import type { Target } from './shared/target.js';

export type RunOutcome = 'succeeded' | 'failed' | 'timedOut';

export interface CanaryRun {
  readonly outcome: RunOutcome;
  readonly latencyMs: number;
}

export interface CanaryWindow {
  readonly startedAt: string;
  readonly endedAt: string;
}

async function generateOnce(target: Target, timeoutMs: number): Promise<CanaryRun> {
  const started = performance.now();
  let outcome: RunOutcome = 'failed';
  try {
    const response = await target.fetch(new URL('/api/generate', target.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a paper boat on a calm lake' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as { status?: unknown };
    if (response.status === 200 && body.status === 'allowed') outcome = 'succeeded';
  } catch (error) {
    if ((error as { name?: string }).name === 'TimeoutError') outcome = 'timedOut';
  }
  // Whole milliseconds, rounded up, so a fast local call never reads as 0 ms.
  return { outcome, latencyMs: Math.ceil(performance.now() - started) };
}

/** Calls the Worker's /api/generate `runs` times, one after another, as a canary client would. */
export async function runCanary(target: Target, runs: number, timeoutMs: number): Promise<CanaryRun[]> {
  const results: CanaryRun[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await generateOnce(target, timeoutMs));
  return results;
}

/**
 * `provider-canary-evidence`. Latency percentiles cover succeeded runs (the latency users get), or every run when
 * none succeeded, so a total outage still reports how long calls took.
 */
export function buildCanaryEvidence(
  config: ReleaseConfig,
  subject: Subject,
  window: CanaryWindow,
  results: readonly CanaryRun[],
  target: Pick<Target, 'transport' | 'provider'>,
): ProviderCanaryEvidence {
  const count = (outcome: RunOutcome) => results.filter((run) => run.outcome === outcome).length;
  const succeeded = results.filter((run) => run.outcome === 'succeeded').map((run) => run.latencyMs);
  const latencies = succeeded.length > 0 ? succeeded : results.map((run) => run.latencyMs);
  return providerCanaryEvidence({
    id: evidenceId('provider-canary', subject),
    generatedAt: window.endedAt,
    subject,
    producer: producerOf('provider-canary'),
    extensions: { 'x-transport': target.transport, 'x-provider': target.provider },
    environment: 'staging',
    provider: { label: config.provider.label, modelLabel: config.provider.modelLabel },
    window,
    runs: {
      attempted: results.length,
      succeeded: count('succeeded'),
      failed: count('failed'),
      timedOut: count('timedOut'),
    },
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: percentile(latencies, 100) },
    thresholds: { ...config.canary.thresholds },
  });
}
