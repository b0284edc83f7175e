import { createPositionIndex, type Position } from './position.js';
import { isRecord } from './record.js';
import { type JsonWalkVisitor, type PathSegment, walkJson } from './tokenize.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

export interface ParseLimits {
  /** Largest accepted UTF-8 size in bytes (default 1 MiB). */
  readonly maxBytes?: number;
  /** Deepest accepted nesting of objects and arrays (default 64). */
  readonly maxDepth?: number;
}

export type ParseErrorCode =
  | 'json-empty'
  | 'json-bom'
  | 'json-nul'
  | 'json-too-large'
  | 'json-too-deep'
  | 'json-syntax'
  | 'json-not-object';

export interface ParseError {
  readonly code: ParseErrorCode;
  /** Says what is wrong and where; never quotes the input. */
  readonly message: string;
  readonly position?: Position;
}

export interface ParsedJson {
  readonly ok: true;
  readonly value: Record<string, unknown>;
  /** Members whose name repeats an earlier one in the same object (I-JSON forbids them). */
  readonly duplicateKeys: readonly (readonly PathSegment[])[];
  /** Integer literals outside ±2^53 (I-JSON forbids them). */
  readonly unsafeIntegers: readonly (readonly PathSegment[])[];
}

export type ParseResult = ParsedJson | { readonly ok: false; readonly error: ParseError };

/** UTF-8 byte length without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Parses one contract document from JSON text: checks the limits, walks the text once for duplicates, depth and
 * syntax, then lets the engine's `JSON.parse` build the value. `JSON.parse` defines `__proto__` as an own property,
 * so no prototype is ever polluted.
 */
export function parseJson(text: string, limits: ParseLimits = {}, visitor: JsonWalkVisitor = {}): ParseResult {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const failure = (code: ParseErrorCode, message: string, offset?: number): ParseResult => ({
    ok: false,
    error: offset === undefined ? { code, message } : { code, message, position: createPositionIndex(text)(offset) },
  });

  // A cheap upper bound first, so a huge input is refused before any per-character work.
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    return failure('json-too-large', `input is larger than the limit of ${maxBytes} bytes`);
  }
  if (text.charCodeAt(0) === 0xfeff) return failure('json-bom', 'input starts with a byte order mark (BOM)', 0);
  if (text.trim() === '') return failure('json-empty', 'input is empty');
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return failure('json-nul', 'input contains a NUL character', nul);

  const duplicateKeys: PathSegment[][] = [];
  const unsafeIntegers: PathSegment[][] = [];
  const error = walkJson(text, maxDepth, {
    ...visitor,
    onDuplicate(path, offset, shadowed) {
      duplicateKeys.push([...path]);
      visitor.onDuplicate?.(path, offset, shadowed);
    },
    onUnsafeInteger(path, offset) {
      unsafeIntegers.push([...path]);
      visitor.onUnsafeInteger?.(path, offset);
    },
  });
  if (error) return failure(error.code, `invalid JSON: ${error.message}`, error.offset);

  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) return failure('json-not-object', 'the top-level value is not a JSON object');
  return { ok: true, value, duplicateKeys, unsafeIntegers };
}
