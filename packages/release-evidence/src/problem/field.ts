import type { Show } from './entry.js';

// A validation issue's sentence names the member its pointer ends at. Pointers hold only member names that cannot
// carry a value (letters, `_`, `$`, `-`, or short names such as `p95`, so never all digits); any other name is
// written `~redacted`. A segment of digits is therefore always an array index.
const INDEX = /^\d+$/;

/** `document` (the root), `item` (only indices), `member` (a redacted name) or the quoted name. */
export function fieldOf(pointer: string | undefined, show: Show): string {
  if (pointer === undefined || pointer === '') return 'document';
  const name = pointer.split('/').findLast((segment, index) => index > 0 && !INDEX.test(segment));
  if (name === undefined) return 'item';
  return name === '~redacted' ? 'member' : `"${show(name)}"`;
}
