/**
 * A strict, iterative JSON walker over the raw text.
 *
 * `JSON.parse` builds values fast but hides what a release engineer must see: duplicate members (it keeps the last),
 * where each string stands, and how deep the text nests before it overflows a stack. This walker reports all of that
 * in one linear pass with an explicit stack, so depth never recurses. It reads character codes in plain loops: the
 * walk is the hottest code of a directory scan, and a loop allocates nothing where a regex per token would.
 */

import { MemberNames } from './member-names.js';
import { endOfNumber, endOfString, isSafeNumber, isWhitespace, stringValue } from './scan-chars.js';

export type PathSegment = string | number;

export interface JsonStringEvent {
  /** Decoded string value. */
  readonly value: string;
  /** Offset of the opening quote in the text (UTF-16 code units). */
  readonly offset: number;
  /** Path of the value; for a key, the path of the member it names. Live: copy it to keep it past the callback. */
  readonly path: readonly PathSegment[];
  /** True when the string is a member name, false when it is a value. */
  readonly isKey: boolean;
  /** Id of the innermost object member this string belongs to (-1 outside members). */
  readonly memberId: number;
}

export interface JsonWalkVisitor {
  onString?(event: JsonStringEvent): void;
  /** An object or array opens at `path` (live, as for strings); `memberId` is the member it is the value of, or -1. */
  onContainer?(path: readonly PathSegment[], memberId: number): void;
  /** A member whose name already appeared in the same object: the earlier one (`shadowedMemberId`) is shadowed. */
  onDuplicate?(path: readonly PathSegment[], offset: number, shadowedMemberId: number): void;
  /** A number literal outside the I-JSON range: an integer beyond ±(2^53−1), or one that is not finite as a double. */
  onUnsafeInteger?(path: readonly PathSegment[], offset: number): void;
}

export type JsonWalkErrorCode = 'json-syntax' | 'json-too-deep';

export interface JsonWalkError {
  readonly code: JsonWalkErrorCode;
  readonly offset: number;
  readonly message: string;
}

/** One open object or array. Frames are reused by depth, so a walk allocates them once per level. */
interface Frame {
  isObject: boolean;
  /** The object's member names so far, for duplicates (unused for arrays). */
  readonly names: MemberNames;
  index: number;
  /** Member id of the member currently being read in this object. */
  memberId: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const LITERALS = ['true', 'false', 'null'] as const;

/** What the grammar allows next. */
const VALUE = 0;
/** A member name (after a comma in an object). */
const NAME = 1;
/** After a value: a separator, a closing bracket, or the end of the input. */
const AFTER = 2;

/** Walks `text`; returns an error or undefined. Never throws for any input string. */
export function walkJson(text: string, maxDepth: number, visitor: JsonWalkVisitor = {}): JsonWalkError | undefined {
  const frames: Frame[] = [];
  let depth = 0;
  const path: PathSegment[] = [];
  const length = text.length;
  let pos = 0;
  let nextMemberId = 0;
  let state = VALUE;
  const fail = (message: string): JsonWalkError => ({ code: 'json-syntax', offset: pos, message });
  const ended = () => (pos >= length ? 'unexpected end of input' : undefined);

  for (;;) {
    while (pos < length && isWhitespace(text.charCodeAt(pos))) pos++;
    // -1 past the end, where charCodeAt gives NaN: both compare false, but a read past the end makes V8 drop the
    // walker's optimised code, and recompiling this function costs more than the walk of a large file.
    const code = pos < length ? text.charCodeAt(pos) : -1;
    const frame = depth > 0 ? (frames[depth - 1] as Frame) : undefined;

    if (state === NAME) {
      const start = pos;
      if (code !== QUOTE) return fail('expected a member name');
      const end = endOfString(text, pos);
      if (end === -1) return fail('invalid member name');
      const name = stringValue(text, pos, end);
      pos = end;
      const object = frame as Frame;
      const memberId = nextMemberId++;
      object.memberId = memberId;
      path.push(name);
      const earlier = object.names.add(name, memberId);
      if (earlier !== -1) visitor.onDuplicate?.(path, start, earlier);
      visitor.onString?.({ value: name, offset: start, path, isKey: true, memberId });
      while (pos < length && isWhitespace(text.charCodeAt(pos))) pos++;
      if (text.charCodeAt(pos) !== COLON) return fail('expected a colon after a member name');
      pos++;
      state = VALUE;
      continue;
    }

    if (state === VALUE) {
      const start = pos;
      if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
        if (depth >= maxDepth) {
          return { code: 'json-too-deep', offset: pos, message: `nesting exceeds the limit of ${maxDepth} levels` };
        }
        visitor.onContainer?.(path, frame ? frame.memberId : -1);
        pos++;
        const isObject = code === OPEN_OBJECT;
        // Never read past the end of `frames`, for the same reason.
        const opened =
          depth < frames.length
            ? (frames[depth] as Frame)
            : { isObject, names: new MemberNames(), index: 0, memberId: -1 };
        frames[depth++] = opened;
        opened.isObject = isObject;
        opened.names.clear();
        opened.index = 0;
        opened.memberId = -1;
        while (pos < length && isWhitespace(text.charCodeAt(pos))) pos++;
        if (text.charCodeAt(pos) === (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) {
          pos++;
          depth--;
          state = AFTER;
        } else if (isObject) {
          state = NAME;
        } else {
          path.push(0);
        }
        continue;
      }
      if (code === QUOTE) {
        const end = endOfString(text, pos);
        if (end === -1) return fail('invalid string literal');
        const value = stringValue(text, pos, end);
        pos = end;
        const memberId = frame ? frame.memberId : -1;
        visitor.onString?.({ value, offset: start, path, isKey: false, memberId });
      } else if (code === MINUS || (code >= 0x30 && code <= 0x39)) {
        const end = endOfNumber(text, pos);
        if (end === -1) return fail('invalid number literal');
        pos = end;
        // Outside what I-JSON and an IEEE double can carry: an integer beyond ±(2^53−1), or any number that overflows
        // to infinity (`1e400`), which JSON.parse would silently turn into Infinity.
        if (!isSafeNumber(text, start, end)) visitor.onUnsafeInteger?.(path, start);
      } else {
        const literal = LITERALS.find((word) => text.startsWith(word, pos));
        if (!literal) return fail(ended() ?? 'unexpected character');
        pos += literal.length;
      }
      state = AFTER;
      continue;
    }

    // After a value: end of input, a separator, or a closing bracket.
    if (!frame) {
      return pos === length ? undefined : fail('unexpected content after the top-level value');
    }
    if (code === COMMA) {
      pos++;
      path.pop();
      frame.index++;
      if (frame.isObject) {
        state = NAME;
      } else {
        path.push(frame.index);
        state = VALUE;
      }
      continue;
    }
    if (code === (frame.isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) {
      pos++;
      path.pop();
      depth--;
      continue;
    }
    return fail(ended() ?? 'expected a comma or a closing bracket');
  }
}
