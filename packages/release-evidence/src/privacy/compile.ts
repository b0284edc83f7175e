import type { Needs } from './features.js';

/*
 * Prefilter facts derived from a rule's pattern, so nobody writes them by hand: the shortest match, the marker
 * characters every match contains, and the longest run every match holds in each character family (token,
 * alphanumeric, hex, base64). They are lower bounds: a string without them cannot match, so skipping it is safe.
 *
 * The parser reads the regex subset the catalogue uses (literals, escapes, classes, groups, lookarounds,
 * alternation, bounded quantifiers). Anything it does not know counts as "any character", which only weakens a bound.
 */

export interface PatternFacts {
  readonly minLength: number;
  readonly needs: Needs;
}

type Family = 'tokenRun' | 'alnumRun' | 'hexRun' | 'base64Run';
const FAMILIES: Record<Family, RegExp> = {
  tokenRun: /[A-Za-z0-9_-]/,
  alnumRun: /[A-Za-z0-9]/,
  hexRun: /[0-9A-Fa-f]/,
  base64Run: /[A-Za-z0-9+/_-]/,
};
const FAMILY_NAMES = Object.keys(FAMILIES) as Family[];
const MARKERS = '@=?&:/.%-_';

/** What a piece of pattern guarantees about every text it matches. */
interface Node {
  readonly min: number;
  /** Marker characters every match contains. */
  readonly chars: ReadonlySet<string>;
  /** Per family: true when every character it can match is in the family (the run goes on through it). */
  readonly pure: Readonly<Record<Family, boolean>>;
  /** Per family: the longest run every match holds inside this node. */
  readonly run: Readonly<Record<Family, number>>;
}

const ALL_PURE = { tokenRun: true, alnumRun: true, hexRun: true, base64Run: true };
const NO_RUN = { tokenRun: 0, alnumRun: 0, hexRun: 0, base64Run: 0 };
const EMPTY: Node = { min: 0, chars: new Set(), pure: ALL_PURE, run: NO_RUN };

export function patternFacts(pattern: RegExp): PatternFacts {
  const node = new Parser(pattern.source, pattern.flags.includes('i')).parse();
  const needs: { -readonly [K in keyof Needs]: Needs[K] } = {};
  for (const family of FAMILY_NAMES) if (node.run[family] > 0) needs[family] = node.run[family];
  const chars = [...node.chars].join('');
  if (chars) needs.chars = chars;
  return { minLength: node.min, needs };
}

/** A set of characters: the ASCII ones listed, and `other` for anything beyond them (or unknown). */
interface CharSet {
  readonly ascii: ReadonlySet<string>;
  readonly other: boolean;
}

function setNode(set: CharSet): Node {
  const pure = {} as Record<Family, boolean>;
  const run = {} as Record<Family, number>;
  for (const family of FAMILY_NAMES) {
    pure[family] = !set.other && set.ascii.size > 0 && [...set.ascii].every((char) => FAMILIES[family].test(char));
    run[family] = pure[family] ? 1 : 0;
  }
  const only = set.ascii.size === 1 && !set.other ? [...set.ascii][0] : undefined;
  return { min: 1, chars: new Set(only && MARKERS.includes(only) ? [only] : []), pure, run };
}

function sequence(nodes: readonly Node[]): Node {
  let min = 0;
  const chars = new Set<string>();
  const pure = { ...ALL_PURE };
  const run = { ...NO_RUN };
  const current = { ...NO_RUN };
  for (const node of nodes) {
    min += node.min;
    for (const char of node.chars) chars.add(char);
    for (const family of FAMILY_NAMES) {
      if (node.pure[family]) {
        current[family] += node.min;
      } else {
        pure[family] = false;
        current[family] = 0;
      }
      run[family] = Math.max(run[family], current[family], node.run[family]);
    }
  }
  return { min, chars, pure, run };
}

function alternation(options: readonly Node[]): Node {
  if (options.length === 1) return options[0] as Node;
  const pure = {} as Record<Family, boolean>;
  const run = {} as Record<Family, number>;
  for (const family of FAMILY_NAMES) {
    pure[family] = options.every((option) => option.pure[family]);
    run[family] = Math.min(...options.map((option) => option.run[family]));
  }
  const [first, ...rest] = options as [Node, ...Node[]];
  const chars = new Set([...first.chars].filter((char) => rest.every((option) => option.chars.has(char))));
  return { min: Math.min(...options.map((option) => option.min)), chars, pure, run };
}

function repeat(node: Node, atLeast: number): Node {
  if (atLeast === 0) return { min: 0, chars: new Set(), pure: node.pure, run: NO_RUN };
  const run = {} as Record<Family, number>;
  for (const family of FAMILY_NAMES) run[family] = node.pure[family] ? node.min * atLeast : node.run[family];
  return { min: node.min * atLeast, chars: node.chars, pure: node.pure, run };
}

const ANY: CharSet = { ascii: new Set(), other: true };
const range = (from: string, to: string) => {
  const chars: string[] = [];
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
  return chars;
};
const DIGITS = range('0', '9');
const WORD = [...range('A', 'Z'), ...range('a', 'z'), ...DIGITS, '_'];
const ESCAPE_SETS: Record<string, CharSet> = {
  d: { ascii: new Set(DIGITS), other: false },
  w: { ascii: new Set(WORD), other: false },
  s: { ascii: new Set([' ', '\t', '\n', '\r', '\f', '\v']), other: true },
};
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };

class Parser {
  private index = 0;
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Node {
    const node = this.alternatives();
    return this.index === this.source.length ? node : EMPTY;
  }

  private alternatives(): Node {
    const options = [this.sequence()];
    while (this.source[this.index] === '|') {
      this.index++;
      options.push(this.sequence());
    }
    return alternation(options);
  }

  private sequence(): Node {
    const nodes: Node[] = [];
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      nodes.push(this.quantified(this.atom()));
    }
    return sequence(nodes);
  }

  private quantified(node: Node): Node {
    const char = this.source[this.index];
    let atLeast = 1;
    if (char === '?' || char === '*') {
      atLeast = 0;
      this.index++;
    } else if (char === '+') {
      this.index++;
    } else if (char === '{') {
      const match = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.index));
      if (!match) return node;
      atLeast = Number(match[1]);
      this.index += match[0].length;
    } else {
      return node;
    }
    if (this.source[this.index] === '?') this.index++;
    return repeat(node, atLeast);
  }

  private atom(): Node {
    const char = this.source[this.index++] as string;
    if (char === '(') return this.group();
    if (char === '[') return setNode(this.charClass());
    if (char === '.') return setNode(ANY);
    if (char === '^' || char === '$') return EMPTY;
    if (char === '\\') {
      const escaped = this.source[this.index++] as string;
      if (escaped === 'b' || escaped === 'B') return EMPTY;
      // A backreference (`\k<name>`, `\1`) repeats a group's text; counted as nothing, which only weakens a bound.
      const name = escaped === 'k' ? /^<[A-Za-z]\w*>/.exec(this.source.slice(this.index)) : null;
      if (name) this.index += name[0].length;
      if (name || /[1-9]/.test(escaped)) return EMPTY;
      return setNode(this.escapeSet(escaped));
    }
    return setNode(this.literal(char));
  }

  private group(): Node {
    const lookaround = /^\?(?:<?[=!])/.exec(this.source.slice(this.index));
    const named = /^\?<[A-Za-z]\w*>/.exec(this.source.slice(this.index));
    if (lookaround) this.index += lookaround[0].length;
    else if (named) this.index += named[0].length;
    else if (this.source.startsWith('?:', this.index)) this.index += 2;
    const inner = this.alternatives();
    this.index++; // ')'
    // A lookaround consumes nothing; what it asserts is not counted.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): CharSet {
    const negated = this.source[this.index] === '^';
    if (negated) this.index++;
    const ascii = new Set<string>();
    let other = negated;
    let first = true;
    while (this.index < this.source.length && (first || this.source[this.index] !== ']')) {
      first = false;
      let from = this.source[this.index++] as string;
      if (from === '\\') {
        const escaped = this.source[this.index++] as string;
        const set = this.escapeSet(escaped);
        if (set.ascii.size !== 1 || set.other) {
          for (const item of set.ascii) ascii.add(item);
          other ||= set.other;
          continue;
        }
        from = [...set.ascii][0] as string;
      }
      if (this.source[this.index] === '-' && this.source[this.index + 1] !== ']') {
        this.index++;
        let to = this.source[this.index++] as string;
        if (to === '\\') to = this.source[this.index++] as string;
        for (const item of range(from, to)) this.addChar(ascii, item);
        if (to.charCodeAt(0) > 127) other = true;
      } else {
        this.addChar(ascii, from);
        if (from.charCodeAt(0) > 127) other = true;
      }
    }
    this.index++; // ']'
    return negated ? ANY : { ascii, other };
  }

  private escapeSet(escaped: string): CharSet {
    const known = ESCAPE_SETS[escaped];
    if (known) return known;
    if (/[DWS]/.test(escaped)) return ANY;
    // \uXXXX, \u{…}, \xXX, \p{…}: consumed whole; what they name counts as "any character".
    const tail = /^(?:\{[^}]*\}|[0-9A-Fa-f]{2,4})/.exec(this.source.slice(this.index));
    if ('uxpP'.includes(escaped) && tail) {
      this.index += escaped === 'x' ? 2 : tail[0].startsWith('{') ? tail[0].length : 4;
      return ANY;
    }
    return this.literal(CONTROL_ESCAPES[escaped] ?? escaped);
  }

  private literal(char: string): CharSet {
    const ascii = new Set<string>();
    this.addChar(ascii, char);
    return { ascii, other: char.charCodeAt(0) > 127 };
  }

  private addChar(set: Set<string>, char: string): void {
    if (char.charCodeAt(0) > 127) return;
    set.add(char);
    if (this.ignoreCase) {
      set.add(char.toLowerCase());
      set.add(char.toUpperCase());
    }
  }
}
