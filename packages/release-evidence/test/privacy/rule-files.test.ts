import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '../../src/privacy/index.js';

// The sample tests live beside the rules files (src/privacy/rules/<file>.test.ts, see rule-samples.ts). This holds
// them to the catalogue: a new rules file without its test, or a rule outside RULES, would go unchecked.
const RULES_DIR = new URL('../../src/privacy/rules/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, RULES_DIR), 'utf8');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && read(name).includes('= defineRules('))
  .sort();

describe('the rules files', () => {
  it('are found', () => {
    expect(ruleFiles.length).toBeGreaterThan(5);
  });

  it.each(ruleFiles)('%s has a test beside it generated from its samples', (name) => {
    const [list] = /export const ([A-Z_]+_RULES) = defineRules\(/.exec(read(name))?.slice(1) ?? [];
    expect(list, name).toBeDefined();
    expect(read(name.replace(/\.ts$/, '.test.ts'))).toContain(`describeRuleSamples(${list});`);
  });

  it('hold every rule of RULES, each once', async () => {
    const lists = await Promise.all(
      ruleFiles.map(async (name) => {
        const module: Record<string, unknown> = await import(new URL(name.replace(/\.ts$/, '.js'), RULES_DIR).href);
        return Object.values(module).filter(Array.isArray).flat() as Rule[];
      }),
    );
    const ids = lists.flat().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});
