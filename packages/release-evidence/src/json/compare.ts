/**
 * Orders strings by UTF-16 code unit, as RFC 8785 orders member names: the same on every machine and in every locale
 * (unlike `localeCompare`). Every sort in the package that orders text uses this one.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
