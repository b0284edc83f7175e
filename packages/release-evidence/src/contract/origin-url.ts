// Origin URLs (spec §2): https, a public DNS host name, an optional port, nothing else.

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
// The last label starts with a letter, so dotted IPv4 forms (`10.0.0.1`, `0x7f.1`) are never host names.
const TOP_LABEL = '[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

/** Matches `name` in any letter case; JSON Schema patterns have no flags. */
function anyCase(name: string): string {
  return [...name].map((char) => `[${char}${char.toUpperCase()}]`).join('');
}

const PRIVATE_SUFFIX = `\\.(?:${['local', 'internal', 'localhost'].map(anyCase).join('|')})`;

/** The whole rule as one linear pattern, shared by the validator and the JSON Schema. */
export const ORIGIN_URL_PATTERN = `^https://(?![^/:]{254})(?![^/:]*${PRIVATE_SUFFIX}(?::|/|$))(?:${LABEL}\\.){1,126}${TOP_LABEL}(?::(?:[1-9][0-9]{0,4}))?/?$`;

// The pattern's two look-aheads (host length, private suffix) cost more than the rest of it, so the code check runs
// the rest as a regex and the look-aheads by hand on the host: the run of characters up to the first `:` or `/`,
// where both look-aheads end (a test holds the two forms together).
const HOST_AND_PORT = new RegExp(`^https://(?:${LABEL}\\.){1,126}${TOP_LABEL}(?::(?:[1-9][0-9]{0,4}))?/?$`);
const PRIVATE_SUFFIXES = ['.local', '.internal', '.localhost'];
const PORT = /:([0-9]{1,5})\/?$/;

export function isOriginUrl(url: string): boolean {
  if (typeof url !== 'string' || !HOST_AND_PORT.test(url)) return false;
  let end = url.indexOf(':', 8);
  if (end < 0) end = url.endsWith('/') ? url.length - 1 : url.length;
  if (end - 8 > 253) return false;
  const tail = url.slice(Math.max(8, end - 10), end).toLowerCase();
  if (PRIVATE_SUFFIXES.some((suffix) => tail.endsWith(suffix))) return false;
  // Only a URL with a colon after `https://` can have a port.
  const port = end < url.length && url[end] === ':' ? PORT.exec(url)?.[1] : undefined;
  return port === undefined || Number(port) <= 65535;
}

/**
 * The normalised form used to compare origins: lowercase host, default port `:443` dropped, trailing `/` dropped.
 * Returns undefined when `url` is not a contract origin URL.
 */
export function normalizeOrigin(url: string): string | undefined {
  if (!isOriginUrl(url)) return undefined;
  const normalized = url.toLowerCase().replace(/\/$/, '');
  return normalized.endsWith(':443') ? normalized.slice(0, -4) : normalized;
}

type OriginLike = string | { readonly environment?: string; readonly url: string };

/**
 * Two origins are equal when their normalised URLs are equal; when both carry an environment, it must match too.
 * An invalid URL equals nothing.
 */
export function originsEqual(a: OriginLike, b: OriginLike): boolean {
  const left = typeof a === 'string' ? a : a.url;
  const right = typeof b === 'string' ? b : b.url;
  const normalized = normalizeOrigin(left);
  if (normalized === undefined || normalized !== normalizeOrigin(right)) return false;
  if (typeof a === 'string' || typeof b === 'string') return true;
  return a.environment === undefined || b.environment === undefined || a.environment === b.environment;
}
