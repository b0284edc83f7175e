/** Calls the image provider configured by base URL. The Worker never logs the prompt, the token or the response. */
export interface ProviderImage {
  readonly image: string;
  readonly safetyScore: number;
}

export type ProviderResult =
  | { readonly ok: true; readonly value: ProviderImage }
  | { readonly ok: false; readonly reason: 'timeout' | 'unavailable' | 'bad-response' };

export async function requestImage(
  baseUrl: string,
  token: string,
  prompt: string,
  timeoutMs: number,
): Promise<ProviderResult> {
  let response: Response;
  try {
    response = await fetch(new URL('/v1/images', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ prompt }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, reason: (error as { name?: string }).name === 'TimeoutError' ? 'timeout' : 'unavailable' };
  }
  if (!response.ok) return { ok: false, reason: 'unavailable' };
  const body = (await response.json().catch(() => undefined)) as Partial<ProviderImage> | undefined;
  if (typeof body?.image !== 'string' || typeof body.safetyScore !== 'number')
    return { ok: false, reason: 'bad-response' };
  return { ok: true, value: { image: body.image, safetyScore: body.safetyScore } };
}
