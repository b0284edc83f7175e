/**
 * Attaches `withheld` to a result as a property that is not enumerable: code reads it (`result.withheld`,
 * destructuring), but `JSON.stringify` and object spread never copy it, so no serialised result can carry a secret.
 */
export function withWithheld<T extends object>(
  result: T,
  withheld: readonly string[],
): T & { readonly withheld: readonly string[] } {
  Object.defineProperty(result, 'withheld', { value: withheld, enumerable: false });
  return result as T & { readonly withheld: readonly string[] };
}

export const NOTHING_WITHHELD: readonly string[] = Object.freeze([]);
