import { type Check, sortChecks, summarize } from './shared/checks.js';
import { originFor, type ReleaseConfig } from './shared/config.js';
import { envelope } from './shared/envelope.js';
import type { LocalWorker } from './shared/local-worker.js';
import type { Subject } from './shared/subject.js';

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

async function runCheck(baseUrl: URL, check: SmokeCheck): Promise<Check> {
  const started = performance.now();
  let status: Check['status'] = 'failed';
  let detail: string | undefined;
  try {
    const response = await fetch(new URL(check.path, baseUrl), {
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

export async function runSmokeChecks(worker: LocalWorker): Promise<Check[]> {
  const results: Check[] = [];
  for (const check of SMOKE_CHECKS) results.push(await runCheck(worker.url, check));
  return results;
}

/**
 * `release-status` for `stage: staging`. The origin is the canonical staging origin from the template's config; the
 * local URL the checks used is left out, and `x-transport: local` says honestly that the run was local.
 */
export function buildStagingStatus(
  config: ReleaseConfig,
  subject: Subject,
  generatedAt: string,
  results: readonly Check[],
): Record<string, unknown> {
  const checks = sortChecks(results);
  return {
    ...envelope({
      kind: 'release-status',
      adapter: 'staging-smoke',
      subject,
      generatedAt,
      name: 'staging-smoke',
      extensions: { 'x-transport': 'local' },
    }),
    stage: 'staging',
    origin: originFor(config, 'staging'),
    checks,
    ...summarize(checks),
  };
}
