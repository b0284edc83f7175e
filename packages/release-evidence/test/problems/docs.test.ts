import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { beginMarker, codeTable, DOMAINS, problemsDoc, withCodeTables } from './code-tables.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '../../docs');
// The documents that show a domain's codes where they are explained; docs/problems.md shows every domain.
const WITH_TABLES = ['contract.md', 'privacy.md'];

describe('the docs show the catalogue as it is (drift test; pnpm docs:problems rewrites them)', () => {
  it('docs/problems.md has a table for every domain', async () => {
    const text = problemsDoc();
    for (const domain of DOMAINS) expect(text).toContain(`${beginMarker(domain)}\n\n${codeTable(domain)}\n`);
    await expect(text).toMatchFileSnapshot(join(docs, 'problems.md'));
  });

  it.each(WITH_TABLES)('docs/%s', async (name) => {
    const path = join(docs, name);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('<!-- problem-codes:');
    await expect(withCodeTables(text)).toMatchFileSnapshot(path);
  });

  it('a block naming no domain, or without its end, is refused', () => {
    expect(() => withCodeTables('<!-- problem-codes:nope x -->\n<!-- /problem-codes -->')).toThrow('no problem domain');
    expect(() => withCodeTables(`${beginMarker('document')}\n`)).toThrow('no end marker');
  });
});
