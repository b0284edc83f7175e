import { normalizeOrigin } from '@cloudflare-saas-core/release-evidence/contract';
import { type LocalWorker, withLocalWorker } from './local-worker.js';

/**
 * Where the staging smoke and the canary send their requests, and what really ran there. The URL never appears in
 * evidence; `transport` and `provider` do, as `x-transport` and `x-provider`.
 */
export interface Target {
  readonly url: URL;
  readonly fetch: typeof fetch;
  /** `local`: the Worker in Miniflare on 127.0.0.1; `https`: a deployed staging Worker. */
  readonly transport: 'local' | 'https';
  /** `local-fake`: the stand-in provider on 127.0.0.1; `deployed`: whatever provider the deployed Worker calls. */
  readonly provider: 'local-fake' | 'deployed';
}

export const localTarget = (worker: LocalWorker): Target => ({
  url: worker.url,
  fetch: globalThis.fetch,
  transport: 'local',
  provider: 'local-fake',
});

/** A deployed staging origin (`https://host[:port]`, as spec §2 defines origins), or undefined when it is not one. */
export function stagingTarget(url: string, fetchImpl: typeof fetch = globalThis.fetch): Target | undefined {
  const origin = normalizeOrigin(url);
  if (origin === undefined) return undefined;
  return { url: new URL(origin), fetch: fetchImpl, transport: 'https', provider: 'deployed' };
}

/** Runs `body` against the staging origin when one is given, else against a fresh local Worker. */
export function withTarget<T>(staging: Target | undefined, body: (target: Target) => Promise<T>): Promise<T> {
  return staging ? body(staging) : withLocalWorker((worker) => body(localTarget(worker)));
}
