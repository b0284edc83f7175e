import { type ValidateOptions, validateDocument } from '../../src/contract/index.js';
import type { PathSegment } from '../../src/json/index.js';
import { buildSamples } from '../samples/index.js';

export const NOW = '2026-11-25T12:00:00Z';
export const samples = () => buildSamples(NOW);

/** A deep copy of `doc` with the member at `path` set to `value`, or removed when `value` is undefined. */
export function withField(doc: unknown, path: readonly PathSegment[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** Issues as `code pointer` strings, the form the assertions compare. */
export function issuesOf(doc: unknown, options?: ValidateOptions): string[] {
  return validateDocument(doc, options).errors.map((issue) => `${issue.code} ${issue.pointer}`);
}

/** Letters and digits drawn at run time, so no token-shaped literal is ever committed. */
export function randomAlnum(
  length: number,
  alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
): string {
  let out = '';
  for (let index = 0; index < length; index++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}
