/**
 * One pass over a string tells which rules' keywords it holds: an Aho–Corasick automaton over ASCII, folded to
 * lower case as it reads. Every rule's keywords share the pass, so its cost does not grow with the catalogue.
 */
export interface KeywordIndex {
  /** Marks `hits[rule]` for every rule with a keyword in `text`, and appends each rule to `found` when first marked. */
  find(text: string, hits: Uint8Array, found: number[]): void;
}

const ASCII = 128;

export function createKeywordIndex(keywordsByRule: readonly (readonly string[] | undefined)[]): KeywordIndex {
  // The automaton reads symbols, not characters: one per character some keyword holds (folded to lower case), and 0
  // for every other, which leads back to the start. Its table is then a third of the size, and so is its making,
  // which every scanner (one per worker thread) pays when it starts.
  const symbolOf = new Uint8Array(ASCII);
  let symbols = 1;
  for (const keywords of keywordsByRule) {
    for (const char of (keywords ?? []).join('').toLowerCase()) {
      const code = char.charCodeAt(0) & (ASCII - 1);
      if (symbolOf[code] === 0) symbolOf[code] = symbols++;
    }
  }
  const next: number[][] = [[]];
  const outputs: number[][] = [[]];
  keywordsByRule.forEach((keywords, rule) => {
    for (const keyword of keywords ?? []) {
      let state = 0;
      for (const char of keyword.toLowerCase()) {
        const symbol = symbolOf[char.charCodeAt(0) & (ASCII - 1)] as number;
        let target = next[state]?.[symbol];
        if (target === undefined) {
          target = next.length;
          next.push([]);
          outputs.push([]);
          (next[state] as number[])[symbol] = target;
        }
        state = target;
      }
      (outputs[state] as number[]).push(rule);
    }
  });
  // Breadth-first: each state's failure link is the longest proper suffix that is also a prefix of a keyword.
  const table = new Int32Array(next.length * symbols);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let symbol = 1; symbol < symbols; symbol++) {
    const target = next[0]?.[symbol];
    if (target !== undefined) {
      table[symbol] = target;
      queue.push(target);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const link = fail[state] as number;
    for (const rule of outputs[link] as number[]) (outputs[state] as number[]).push(rule);
    for (let symbol = 1; symbol < symbols; symbol++) {
      const target = next[state]?.[symbol];
      if (target === undefined) {
        table[state * symbols + symbol] = table[link * symbols + symbol] as number;
      } else {
        fail[target] = table[link * symbols + symbol] as number;
        table[state * symbols + symbol] = target;
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
        if (code >= ASCII) {
          state = 0;
          continue;
        }
        if (code >= 65 && code <= 90) code += 32;
        state = table[state * symbols + (symbolOf[code] as number)] as number;
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
