/**
 * One pass over a string tells which rules' keywords it holds: an Aho–Corasick automaton over ASCII, folded to
 * lower case as it reads. Every rule's keywords share the pass, so its cost does not grow with the catalogue.
 */
export interface KeywordIndex {
  /** Marks `hits[rule]` for every rule with a keyword in `text`, and appends each rule to `found` when first marked. */
  find(text: string, hits: Uint8Array, found: number[]): void;
}

const ALPHABET = 128;

export function createKeywordIndex(keywordsByRule: readonly (readonly string[] | undefined)[]): KeywordIndex {
  const next: number[][] = [[]];
  const outputs: number[][] = [[]];
  keywordsByRule.forEach((keywords, rule) => {
    for (const keyword of keywords ?? []) {
      let state = 0;
      for (const char of keyword.toLowerCase()) {
        const code = char.charCodeAt(0) & (ALPHABET - 1);
        let target = next[state]?.[code];
        if (target === undefined) {
          target = next.length;
          next.push([]);
          outputs.push([]);
          (next[state] as number[])[code] = target;
        }
        state = target;
      }
      (outputs[state] as number[]).push(rule);
    }
  });
  // Breadth-first: each state's failure link is the longest proper suffix that is also a prefix of a keyword.
  const table = new Int32Array(next.length * ALPHABET);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let code = 0; code < ALPHABET; code++) {
    const target = next[0]?.[code];
    if (target !== undefined) {
      table[code] = target;
      queue.push(target);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const link = fail[state] as number;
    for (const rule of outputs[link] as number[]) (outputs[state] as number[]).push(rule);
    for (let code = 0; code < ALPHABET; code++) {
      const target = next[state]?.[code];
      if (target === undefined) {
        table[state * ALPHABET + code] = table[link * ALPHABET + code] as number;
      } else {
        fail[target] = table[link * ALPHABET + code] as number;
        table[state * ALPHABET + code] = target;
        queue.push(target);
      }
    }
  }
  const emits = outputs.map((rules) => (rules.length > 0 ? [...new Set(rules)] : undefined));
  return {
    find(text, hits, found) {
      let state = 0;
      for (let index = 0; index < text.length; index++) {
        let code = text.charCodeAt(index);
        if (code >= ALPHABET) {
          state = 0;
          continue;
        }
        if (code >= 65 && code <= 90) code += 32;
        state = table[state * ALPHABET + code] as number;
        const rules = emits[state];
        if (rules === undefined) continue;
        for (const rule of rules) {
          if (hits[rule] === 1) continue;
          hits[rule] = 1;
          found.push(rule);
        }
      }
    },
  };
}
