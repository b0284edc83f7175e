import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The one purity check dependency-cruiser (.dependency-cruiser.mjs) cannot make: it sees imports, not calls. The
 * library (everything outside src/cli/) must not run code from strings (`eval`, `Function`, `new Function`) nor reach
 * the network through the global `fetch`. Read with the TypeScript parser, so a comment or a string does not count.
 */
const SRC = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src');
const FORBIDDEN = new Set(['fetch', 'eval', 'Function']);
const GLOBALS = new Set(['globalThis', 'self', 'window', 'global']);

/** `fetch`, `globalThis.fetch`, `self.eval`, … : the called global's name, if the callee is one. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    if (GLOBALS.has(expression.expression.text)) return expression.name.text;
  }
  return undefined;
}

function forbiddenCalls(fileName: string, text: string): string[] {
  const calls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = calleeName(node.expression);
      if (callee && FORBIDDEN.has(callee)) calls.push(ts.isNewExpression(node) ? `new ${callee}` : `${callee}(`);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true));
  return calls;
}

const libraryFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => /\.ts$/.test(path) && !path.endsWith('.test.ts') && !path.startsWith(`cli/`))
  .map((path) => join(SRC, path));

describe('no code from strings, no fetch, in the library', () => {
  it('finds every forbidden call, and none in comments or strings', () => {
    const sample = [
      'fetch(url); globalThis.fetch(url); eval(code); new Function(code); Function(code);',
      '// fetch( in a comment does not count; neither does "eval(" in a string; obj.eval(x) is a method',
    ].join('\n');
    expect(forbiddenCalls('sample.ts', sample)).toEqual(['fetch(', 'fetch(', 'eval(', 'new Function', 'Function(']);
  });

  it('holds for every library file', () => {
    expect(libraryFiles.length).toBeGreaterThan(50);
    const found = libraryFiles.flatMap((file) =>
      forbiddenCalls(file, readFileSync(file, 'utf8')).map((call) => `${relative(SRC, file)} calls ${call}`),
    );
    expect(found).toEqual([]);
  });
});
