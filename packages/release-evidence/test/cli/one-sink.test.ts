import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../../src/cli/', import.meta.url).pathname;

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Writing anywhere, or ending the process, is the sink's alone (issue #8, item 1); write-files.ts is the sink's way
// of writing output files, and only the sink imports it.
const SINK = ['sink.ts', 'write-files.ts'];
const FORBIDDEN = [
  /process\s*\.\s*(stdout|stderr)/,
  /process\s*\.\s*exit/,
  /\bconsole\s*\./,
  /\b(writeFile|appendFile|createWriteStream|writeSync|appendFileSync|writeFileSync)\b/,
];

describe('one output path', () => {
  const files = sources(CLI).map((path) => relative(CLI, path));

  it('finds the CLI sources', () => {
    expect(files).toContain('sink.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.filter((file) => !SINK.includes(file)))('%s neither writes output nor ends the process', (file) => {
    const text = readFileSync(join(CLI, file), 'utf8');
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
    expect(text, `${file} imports the sink's file writer`).not.toMatch(/from '\.\/write-files\.js'/);
  });

  it('is a test that can fail: the sink itself matches', () => {
    const text = readFileSync(join(CLI, 'sink.ts'), 'utf8');
    expect(FORBIDDEN.filter((pattern) => pattern.test(text)).length).toBeGreaterThanOrEqual(3);
  });
});
