import type { PathSegment } from './tokenize.js';

/** Escapes one RFC 6901 reference token. */
export function escapePointerSegment(segment: PathSegment): string {
  // An index needs no escaping; anything else is read as text, as before, whatever an untyped caller passes.
  if (typeof segment === 'number') return String(segment);
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds an RFC 6901 JSON Pointer; `redact` may replace segments that must not be echoed. */
export function toPointer(path: readonly PathSegment[], redact?: (segment: string) => boolean): string {
  let pointer = '';
  for (const segment of path) pointer += `/${pointerSegment(segment, redact)}`;
  return pointer;
}

/** One segment as `toPointer` writes it: escaped, or `~redacted` when `redact` says so. */
export function pointerSegment(segment: PathSegment, redact?: (segment: string) => boolean): string {
  return typeof segment === 'string' && redact?.(segment) ? '~redacted' : escapePointerSegment(segment);
}
