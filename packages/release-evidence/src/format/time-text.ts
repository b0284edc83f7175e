/**
 * Epoch milliseconds as an RFC 3339 instant in UTC (milliseconds only when not zero), or `undefined` when outside
 * what Date can show. For instants the report computes (when evidence expires), never a document's own text.
 */
export function isoInstant(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}
