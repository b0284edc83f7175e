import type { PathSegment } from '../json/tokenize.js';
import type { IssueCode } from './codes.js';

/** Far deeper than any schema position; only extension values can nest this far, and recursion stays shallow. */
const MAX_WALK_DEPTH = 256;

type Report = (code: IssueCode, path: readonly PathSegment[]) => void;

/**
 * Checks a free JSON value (an extension value) for what I-JSON forbids: strings (values and member names) that are
 * not well-formed UTF-16, integers outside ±(2^53−1), and values JSON cannot hold (for in-memory input). Paths are
 * relative to `root`. One shared path array is pushed and popped, so the walk allocates nothing per node.
 */
export function walkValue(root: unknown, report: Report): void {
  visit(root, [], report, new Set());
}

/** `seen` keeps an in-memory value that shares sub-objects (or cycles) from being walked once per path. */
function visit(value: unknown, path: PathSegment[], report: Report, seen: Set<object>): void {
  switch (typeof value) {
    case 'string':
      if (!value.isWellFormed()) report('invalid-unicode', [...path]);
      return;
    case 'number':
      if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))
        report('number-range', [...path]);
      return;
    case 'boolean':
      return;
    case 'object':
      if (value === null || path.length >= MAX_WALK_DEPTH || seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          visit(value[index], path, report, seen);
          path.pop();
        }
        return;
      }
      for (const key of Object.keys(value)) {
        path.push(key);
        if (!key.isWellFormed()) report('invalid-unicode', [...path]);
        visit((value as Record<string, unknown>)[key], path, report, seen);
        path.pop();
      }
      return;
    default:
      report('invalid-type', [...path]);
  }
}
