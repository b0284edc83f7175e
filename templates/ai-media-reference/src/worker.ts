import { decodeBase64 } from './base64.js';
import { reviewImage } from './image-safety.js';
import { requestImage } from './provider-client.js';

export interface Env {
  readonly DB: D1Database;
  readonly MEDIA: R2Bucket;
  readonly RATE_LIMITS: KVNamespace;
  readonly IMAGE_PROVIDER_BASE_URL: string;
  readonly IMAGE_PROVIDER_TOKEN: string;
}

const PROVIDER_TIMEOUT_MS = 10_000;
const MAX_PROMPT_LENGTH = 500;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function healthz(env: Env): Promise<Response> {
  const database = await env.DB.prepare('SELECT 1 AS ok')
    .first<{ ok: number }>()
    .then((row) => row?.ok === 1)
    .catch(() => false);
  const media = typeof env.MEDIA?.put === 'function';
  const cache = await env.RATE_LIMITS.get('healthz-probe')
    .then(() => true)
    .catch(() => false);
  const ok = database && media && cache;
  return json({ ok, checks: { database, media, cache } }, ok ? 200 : 503);
}

async function readPrompt(request: Request): Promise<string | undefined> {
  const body = (await request.json().catch(() => undefined)) as { prompt?: unknown } | undefined;
  const prompt = body?.prompt;
  if (typeof prompt !== 'string') return undefined;
  const trimmed = prompt.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_PROMPT_LENGTH ? trimmed : undefined;
}

async function generate(request: Request, env: Env): Promise<Response> {
  const prompt = await readPrompt(request);
  if (prompt === undefined) return json({ error: 'prompt must be 1-500 characters' }, 400);
  const result = await requestImage(env.IMAGE_PROVIDER_BASE_URL, env.IMAGE_PROVIDER_TOKEN, prompt, PROVIDER_TIMEOUT_MS);
  if (!result.ok) return json({ error: `provider ${result.reason}` }, result.reason === 'timeout' ? 504 : 502);
  const image = decodeBase64(result.value.image);
  if (image === undefined) return json({ error: 'provider bad-response' }, 502);
  const review = reviewImage({ prompt, image, providerScore: result.value.safetyScore });
  await recordDecision(env, review.decision);
  if (review.decision === 'block') return json({ status: 'blocked', reason: review.reason }, 422);
  if (review.decision === 'escalate') return json({ status: 'held', reason: review.reason }, 202);
  // The object key stays inside the Worker: responses and logs never name storage keys.
  await env.MEDIA.put(`generated/${crypto.randomUUID()}.png`, image, { httpMetadata: { contentType: 'image/png' } });
  return json({ status: 'allowed', bytes: image.byteLength });
}

async function recordDecision(env: Env, decision: string): Promise<void> {
  await env.DB.prepare(
    'CREATE TABLE IF NOT EXISTS generations (decision TEXT NOT NULL, created_at TEXT NOT NULL)',
  ).run();
  await env.DB.prepare('INSERT INTO generations (decision, created_at) VALUES (?, ?)')
    .bind(decision, new Date().toISOString())
    .run();
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/healthz') return request.method === 'GET' ? healthz(env) : json({ error: 'method' }, 405);
    if (pathname === '/api/generate') {
      return request.method === 'POST' ? generate(request, env) : json({ error: 'method' }, 405);
    }
    return json({ error: 'not found' }, 404);
  },
} satisfies ExportedHandler<Env>;
