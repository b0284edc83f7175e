import type { ReleaseConfig, Thresholds } from './shared/config.js';
import { envelope } from './shared/envelope.js';
import type { LocalWorker } from './shared/local-worker.js';
import { percentile } from './shared/percentile.js';
import type { Subject } from './shared/subject.js';

export type RunOutcome = 'succeeded' | 'failed' | 'timedOut';

export interface CanaryRun {
  readonly outcome: RunOutcome;
  readonly latencyMs: number;
}

export interface CanaryWindow {
  readonly startedAt: string;
  readonly endedAt: string;
}

/** The verdict rule of spec §4, computed here so the evidence states what the template concluded. */
export function canaryVerdict(
  runs: { attempted: number; succeeded: number },
  p95: number,
  thresholds: Thresholds,
): 'pass' | 'fail' | 'inconclusive' {
  if (runs.attempted < thresholds.minRuns) return 'inconclusive';
  const successRate = runs.succeeded / runs.attempted;
  return successRate >= thresholds.minSuccessRate && p95 <= thresholds.maxP95LatencyMs ? 'pass' : 'fail';
}

async function generateOnce(worker: LocalWorker, timeoutMs: number): Promise<CanaryRun> {
  const started = performance.now();
  let outcome: RunOutcome = 'failed';
  try {
    const response = await fetch(new URL('/api/generate', worker.url), {
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
export async function runCanary(worker: LocalWorker, runs: number, timeoutMs: number): Promise<CanaryRun[]> {
  const results: CanaryRun[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await generateOnce(worker, timeoutMs));
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
): Record<string, unknown> {
  const count = (outcome: RunOutcome) => results.filter((run) => run.outcome === outcome).length;
  const runs = {
    attempted: results.length,
    succeeded: count('succeeded'),
    failed: count('failed'),
    timedOut: count('timedOut'),
  };
  const succeeded = results.filter((run) => run.outcome === 'succeeded').map((run) => run.latencyMs);
  const latencies = succeeded.length > 0 ? succeeded : results.map((run) => run.latencyMs);
  const latencyMs = { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: percentile(latencies, 100) };
  const thresholds = config.canary.thresholds;
  return {
    ...envelope({
      kind: 'provider-canary-evidence',
      adapter: 'provider-canary',
      subject,
      generatedAt: window.endedAt,
      name: 'provider-canary',
      extensions: { 'x-transport': 'local', 'x-provider': 'local-fake' },
    }),
    environment: 'staging',
    provider: { label: config.provider.label, modelLabel: config.provider.modelLabel },
    window,
    runs,
    latencyMs,
    thresholds: { ...thresholds },
    verdict: canaryVerdict(runs, latencyMs.p95, thresholds),
  };
}
