import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { RULES, renderRuleCatalogue } from '../../src/privacy/index.js';

const docPath = join(dirname(fileURLToPath(import.meta.url)), '../../docs/privacy.md');
const MARKER = '<!-- Generated from RULES by test/privacy/docs.test.ts';

it('docs/privacy.md lists the catalogue as it is (drift test; -u rewrites the generated part)', async () => {
  const text = readFileSync(docPath, 'utf8');
  const head = text.slice(0, text.indexOf(MARKER));
  const marker = text.slice(head.length).split('\n')[0];
  expect(head.length).toBeGreaterThan(0);
  await expect(`${head}${marker}\n\n${renderRuleCatalogue(RULES)}`).toMatchFileSnapshot(docPath);
});

it('describes every example in words, never as a token', () => {
  const catalogue = renderRuleCatalogue(RULES);
  for (const rule of RULES) {
    expect(catalogue).toContain(`#### ${rule.id}\n`);
    for (const sample of rule.tps)
      if (typeof sample === 'string' && sample.length >= 12) expect(catalogue).not.toContain(sample);
  }
});
