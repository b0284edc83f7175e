/*
 * Placeholders are not findings (spec §8): after a known prefix, a run of `x`, `X`, `0` or `*` (separators allowed),
 * or a documented example that ends in `EXAMPLE` (AWS's `…EXAMPLE` key ids, `…EXAMPLEKEY` secret keys).
 */
// An optional short prefix (`ghp_`, `sk-proj-`) may stand before the filler when a whole value is judged.
const FILLER = /^(?:[A-Za-z0-9]{1,16}[_.-]){0,3}[xX0*][xX0*._-]{3,}$/;
const EXAMPLE = /EXAMPLE(?:KEY)?$/;

export function isPlaceholder(secret: string): boolean {
  return FILLER.test(secret) || EXAMPLE.test(secret);
}
