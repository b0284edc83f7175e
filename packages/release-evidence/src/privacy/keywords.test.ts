import { describe, expect, it } from 'vitest';
import { createKeywordIndex } from './keywords.js';

const found = (keywords: (string[] | undefined)[], text: string) => {
  const index = createKeywordIndex(keywords);
  const hits = new Uint8Array(keywords.length);
  const rules: number[] = [];
  index.find(text, hits, rules);
  return rules.sort((a, b) => a - b);
};

describe('createKeywordIndex', () => {
  it('names each rule whose keyword the text holds, once, in any letter case', () => {
    const keywords = [['ghp_', 'gho_'], ['sk-'], undefined, ['hooks.slack.com']];
    expect(found(keywords, 'x GHP_ and gho_ and Sk- again sk-')).toEqual([0, 1]);
    expect(found(keywords, 'https://HOOKS.slack.com/services')).toEqual([3]);
    expect(found(keywords, 'nothing here: gh p_, s k-')).toEqual([]);
  });

  it('finds keywords that overlap or sit inside one another (failure links)', () => {
    expect(found([['abcd'], ['bc'], ['cde']], 'xabcde')).toEqual([0, 1, 2]);
    expect(found([['aab']], 'aaab')).toEqual([0]);
  });

  it('starts again after a character outside ASCII, and after one no keyword holds', () => {
    expect(found([['ab']], 'a\u00e9b a\u200bb a#b')).toEqual([]);
    expect(found([['ab']], '\u00e9ab')).toEqual([0]);
  });
});
