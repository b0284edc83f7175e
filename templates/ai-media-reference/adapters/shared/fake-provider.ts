import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SAMPLE_PNG_BASE64 } from './sample-image.js';

/** A stand-in image provider on 127.0.0.1: it checks the bearer token and answers like a real provider would. */
export interface FakeProvider {
  readonly baseUrl: string;
  readonly server: Server;
  requests: number;
}

export interface FakeProviderOptions {
  readonly token: string;
  /** Score returned for every image; the Worker's safety check decides with it. */
  readonly safetyScore?: number;
}

export async function startFakeProvider(options: FakeProviderOptions): Promise<FakeProvider> {
  const provider: { baseUrl: string; server: Server; requests: number } = {
    baseUrl: '',
    server: createServer(),
    requests: 0,
  };
  provider.server.on('request', (request, response) => {
    provider.requests += 1;
    const authorized = request.headers.authorization === `Bearer ${options.token}`;
    const status = request.method !== 'POST' || request.url !== '/v1/images' ? 404 : authorized ? 200 : 401;
    request.resume();
    request.on('end', () => {
      const body = status === 200 ? { image: SAMPLE_PNG_BASE64, safetyScore: options.safetyScore ?? 0.02 } : {};
      response.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    provider.server.once('error', reject);
    provider.server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = provider.server.address() as AddressInfo;
  provider.baseUrl = `http://127.0.0.1:${port}`;
  return provider;
}

export async function stopFakeProvider(provider: FakeProvider): Promise<void> {
  provider.server.closeAllConnections();
  await new Promise<void>((resolve) => provider.server.close(() => resolve()));
}
