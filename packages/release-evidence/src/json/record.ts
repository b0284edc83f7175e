/** A JSON object as parsed: an object that is not an array (`null` is not one). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
