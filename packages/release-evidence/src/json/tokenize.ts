/**
 * A strict, iterative JSON walker over the raw text.
 *
 * `JSON.parse` builds values fast but hides what a release engineer must see: duplicate members (it keeps the last),
 * where each string stands, and how deep the text nests before it overflows a stack. This walker reports all of that
 * in one linear pass with an explicit stack, so depth never recurses and every regex is anchored (sticky) with
 * disjoint alternatives.
 */

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

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters inside strings.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
// Most strings hold no escape: one character-class run reads them many times faster than the alternation above.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters inside strings.
const PLAIN_STRING = /"[^"\\\u0000-\u001f]*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const LITERALS = ['true', 'false', 'null'] as const;

interface Frame {
  readonly isObject: boolean;
  readonly keys: Map<string, number> | undefined;
  index: number;
  /** Member id of the member currently being read in this object. */
  memberId: number;
}

function decode(token: string): string {
  return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
}

/** Walks `text`; returns an error or undefined. Never throws for any input string. */
export function walkJson(text: string, maxDepth: number, visitor: JsonWalkVisitor = {}): JsonWalkError | undefined {
  const stack: Frame[] = [];
  const path: PathSegment[] = [];
  let pos = 0;
  let nextMemberId = 0;
  // What the grammar allows next: a value, or (inside a container) a separator or the closing bracket.
  let expectValue = true;

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const fail = (message: string): JsonWalkError => ({ code: 'json-syntax', offset: pos, message });
  const currentMemberId = () => (stack.length > 0 ? (stack[stack.length - 1] as Frame).memberId : -1);

  const readString = (): string | undefined => {
    PLAIN_STRING.lastIndex = pos;
    const plain = PLAIN_STRING.exec(text);
    if (plain) {
      pos = PLAIN_STRING.lastIndex;
      return plain[0].slice(1, -1);
    }
    STRING.lastIndex = pos;
    const match = STRING.exec(text);
    if (!match) return undefined;
    pos = STRING.lastIndex;
    return decode(match[0]);
  };

  for (;;) {
    skipWhitespace();
    if (expectValue) {
      const char = text[pos];
      const start = pos;
      if (char === '{' || char === '[') {
        if (stack.length >= maxDepth) {
          return { code: 'json-too-deep', offset: pos, message: `nesting exceeds the limit of ${maxDepth} levels` };
        }
        pos++;
        const isObject = char === '{';
        stack.push({ isObject, keys: isObject ? new Map() : undefined, index: 0, memberId: -1 });
        skipWhitespace();
        const close = isObject ? '}' : ']';
        if (text[pos] === close) {
          pos++;
          stack.pop();
          expectValue = false;
        } else if (isObject) {
          const error = readMemberName();
          if (error) return error;
        } else {
          path.push(0);
        }
        continue;
      }
      if (char === '"') {
        const value = readString();
        if (value === undefined) return fail('invalid string literal');
        visitor.onString?.({ value, offset: start, path, isKey: false, memberId: currentMemberId() });
      } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
        NUMBER.lastIndex = pos;
        const match = NUMBER.exec(text);
        if (!match) return fail('invalid number literal');
        pos = NUMBER.lastIndex;
        // Outside what I-JSON and an IEEE double can carry: an integer beyond ±(2^53−1), or any number that overflows
        // to infinity (`1e400`), which JSON.parse would silently turn into Infinity.
        const number = Number(match[0]);
        const isIntegerLiteral = match[1] === undefined && match[2] === undefined;
        if (!Number.isFinite(number) || (isIntegerLiteral && !Number.isSafeInteger(number))) {
          visitor.onUnsafeInteger?.(path, start);
        }
      } else {
        const literal = LITERALS.find((word) => text.startsWith(word, pos));
        if (!literal) return fail(char === undefined ? 'unexpected end of input' : 'unexpected character');
        pos += literal.length;
      }
      expectValue = false;
      continue;
    }

    // After a value: end of input, a separator, or a closing bracket.
    const frame = stack[stack.length - 1];
    if (!frame) {
      return pos === text.length ? undefined : fail('unexpected content after the top-level value');
    }
    const char = text[pos];
    if (char === ',') {
      pos++;
      path.pop();
      frame.index++;
      if (frame.isObject) {
        skipWhitespace();
        const error = readMemberName();
        if (error) return error;
      } else {
        path.push(frame.index);
        expectValue = true;
      }
      continue;
    }
    if (char === (frame.isObject ? '}' : ']')) {
      pos++;
      path.pop();
      stack.pop();
      continue;
    }
    return fail(char === undefined ? 'unexpected end of input' : 'expected a comma or a closing bracket');
  }

  function readMemberName(): JsonWalkError | undefined {
    const frame = stack[stack.length - 1] as Frame;
    const start = pos;
    if (text[pos] !== '"') return fail('expected a member name');
    const name = readString();
    if (name === undefined) return fail('invalid member name');
    const memberId = nextMemberId++;
    frame.memberId = memberId;
    path.push(name);
    const earlier = frame.keys?.get(name);
    if (earlier !== undefined) visitor.onDuplicate?.(path, start, earlier);
    frame.keys?.set(name, memberId);
    visitor.onString?.({ value: name, offset: start, path, isKey: true, memberId });
    skipWhitespace();
    if (text[pos] !== ':') return fail('expected a colon after a member name');
    pos++;
    expectValue = true;
    return undefined;
  }
}
