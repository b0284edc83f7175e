import { randomBytes } from 'node:crypto';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { loadWranglerConfig } from './config.js';
import { type FakeProvider, startFakeProvider, stopFakeProvider } from './fake-provider.js';
import { usingResource } from './lifecycle.js';
import { templatePath } from './paths.js';

/** The Worker running locally in workerd, reached over real HTTP on 127.0.0.1. */
export interface LocalWorker {
  /** Where the checks travel; it never appears in evidence. */
  readonly url: URL;
  readonly provider: FakeProvider;
}

async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [templatePath('src', 'worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no Worker bundle');
  return output.text;
}

async function startMiniflare(providerBaseUrl: string, token: string): Promise<Miniflare> {
  const config = loadWranglerConfig();
  const miniflare = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate: config.compatibility_date,
    host: '127.0.0.1',
    port: 0,
    d1Databases: (config.d1_databases ?? []).map((database) => database.binding),
    r2Buckets: (config.r2_buckets ?? []).map((bucket) => bucket.binding),
    kvNamespaces: (config.kv_namespaces ?? []).map((namespace) => namespace.binding),
    bindings: { ...config.vars, IMAGE_PROVIDER_BASE_URL: providerBaseUrl, IMAGE_PROVIDER_TOKEN: token },
  });
  try {
    await miniflare.ready;
  } catch (error) {
    await miniflare.dispose().catch(() => undefined);
    throw error;
  }
  return miniflare;
}

/**
 * Starts the fake provider and the Worker, runs `body`, and stops both whatever happens. The provider token is
 * random per run and lives only in memory.
 */
export async function withLocalWorker<T>(body: (worker: LocalWorker) => Promise<T>): Promise<T> {
  const token = randomBytes(24).toString('base64url');
  return usingResource(
    () => startFakeProvider({ token }),
    stopFakeProvider,
    (provider) =>
      usingResource(
        () => startMiniflare(provider.baseUrl, token),
        (miniflare) => miniflare.dispose(),
        async (miniflare) => body({ url: await miniflare.ready, provider }),
      ),
  );
}
