import type { ReleaseStatus } from '@cloudflare-saas-core/release-evidence';
import { evidenceId, type ReleaseCheck, releaseStatus } from '@cloudflare-saas-core/release-evidence/builders';
import { originFor, type ReleaseConfig } from './shared/config.js';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';
import type { Target } from './shared/target.js';

/** One HTTP check against the Worker: the request and what the answer must be. */
interface SmokeCheck {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  readonly expectStatus: number;
  readonly expectField?: { readonly name: string; readonly value: unknown };
}

export const SMOKE_CHECKS: readonly SmokeCheck[] = [
  { name: 'healthz-ok', method: 'GET', path: '/healthz', expectStatus: 200, expectField: { name: 'ok', value: true } },
  {
    name: 'generate-allows-safe-prompt',
    method: 'POST',
    path: '/api/generate',
    body: { prompt: 'a watercolor lighthouse at dawn' },
    expectStatus: 200,
    expectField: { name: 'status', value: 'allowed' },
  },
  {
    name: 'generate-blocks-unsafe-prompt',
    method: 'POST',
    path: '/api/generate',
    body: { prompt: 'a weapon on a table' },
    expectStatus: 422,
    expectField: { name: 'status', value: 'blocked' },
  },
  {
    name: 'generate-rejects-empty-prompt',
    method: 'POST',
    path: '/api/generate',
    body: { prompt: ' ' },
    expectStatus: 400,
  },
  { name: 'generate-rejects-get', method: 'GET', path: '/api/generate', expectStatus: 405 },
  { name: 'unknown-route-404', method: 'GET', path: '/no-such-route', expectStatus: 404 },
];

async function runCheck(target: Target, check: SmokeCheck): Promise<ReleaseCheck> {
  const started = performance.now();
  let status: ReleaseCheck['status'] = 'failed';
  let detail: string | undefined;
  try {
    const response = await target.fetch(new URL(check.path, target.url), {
      method: check.method,
      ...(check.body === undefined
        ? {}
        : { body: JSON.stringify(check.body), headers: { 'content-type': 'application/json' } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    // Details name the expectation only, never the response body.
    if (response.status !== check.expectStatus) detail = `expected HTTP ${check.expectStatus}, got ${response.status}`;
    else if (check.expectField && body[check.expectField.name] !== check.expectField.value) {
      detail = `unexpected ${check.expectField.name} in the response`;
    } else status = 'passed';
  } catch {
    detail = 'request failed';
  }
  const durationMs = Math.round(performance.now() - started);
  return { name: check.name, status, durationMs, ...(detail ? { detail } : {}) };
}

export async function runSmokeChecks(target: Target): Promise<ReleaseCheck[]> {
  const results: ReleaseCheck[] = [];
  for (const check of SMOKE_CHECKS) results.push(await runCheck(target, check));
  return results;
}

/**
 * `release-status` for `stage: staging`. The origin is the canonical staging origin from the template's config; the
 * URL the checks travelled to is left out, and `x-transport` says what really ran (`local` Miniflare or `https`).
 */
export function buildStagingStatus(
  config: ReleaseConfig,
  subject: Subject,
  generatedAt: string,
  results: readonly ReleaseCheck[],
  target: Pick<Target, 'transport'>,
): ReleaseStatus {
  return releaseStatus({
    id: evidenceId('staging-smoke', subject),
    generatedAt,
    subject,
    producer: producerOf('staging-smoke'),
    extensions: { 'x-transport': target.transport },
    stage: 'staging',
    origin: originFor(config, 'staging'),
    checks: results,
  });
}
