import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The purity checks dependency-cruiser (.dependency-cruiser.mjs) cannot make: it sees imports, not calls. The
 * library (everything outside src/cli/) must not run code from strings (`eval`, `Function`, `new Function`), reach
 * the network through the global `fetch`, nor load a module the tool cannot see: an `import()` of anything but a
 * string literal, `require`, or `process` at all (`process.getBuiltinModule('fs')` loads a builtin by a string).
 * Read with the TypeScript parser, so a comment or a string does not count.
 */
const SRC = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src');
const FORBIDDEN = new Set(['fetch', 'eval', 'Function', 'require']);
const GLOBALS = new Set(['globalThis', 'self', 'window', 'global']);

/** `fetch`, `globalThis.fetch`, `self.eval`, … : the called global's name, if the callee is one. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    if (GLOBALS.has(expression.expression.text)) return expression.name.text;
  }
  return undefined;
}

/** An `import(…)` whose specifier is not a string literal: the module it loads is known only at run time. */
function isComputedImport(node: ts.CallExpression): boolean {
  const specifier = node.arguments[0];
  return node.expression.kind === ts.SyntaxKind.ImportKeyword && !(specifier && ts.isStringLiteralLike(specifier));
}

/** `process` used as a value, or as `globalThis.process` (not a member such as `options.process`, nor a type). */
function isProcessReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    return node.text === 'process' && ts.isIdentifier(parent.expression) && GLOBALS.has(parent.expression.text);
  }
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent)) return false;
  return node.text === 'process';
}

function forbiddenCalls(fileName: string, text: string): string[] {
  const calls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = calleeName(node.expression);
      if (callee && FORBIDDEN.has(callee)) calls.push(ts.isNewExpression(node) ? `new ${callee}` : `${callee}(`);
    }
    if (ts.isCallExpression(node) && isComputedImport(node)) calls.push('import(<computed>)');
    if (ts.isIdentifier(node) && isProcessReference(node)) calls.push('process');
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true));
  return calls;
}

const libraryFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => /\.ts$/.test(path) && !path.endsWith('.test.ts') && !path.startsWith(`cli/`))
  .map((path) => join(SRC, path));

describe('no code from strings, no fetch, no hidden module load, in the library', () => {
  it('finds every forbidden call, and none in comments or strings', () => {
    const sample = [
      'fetch(url); globalThis.fetch(url); eval(code); new Function(code); Function(code);',
      '// fetch( in a comment does not count; neither does "eval(" in a string; obj.eval(x) is a method',
    ].join('\n');
    expect(forbiddenCalls('sample.ts', sample)).toEqual(['fetch(', 'fetch(', 'eval(', 'new Function', 'Function(']);
  });

  it('finds every module load it cannot see, and no literal import or member named process', () => {
    const sample = [
      "const name = 'node:' + 'fs'; await import(name); await import('node:' + name); require('fs');",
      "process.getBuiltinModule('fs'); globalThis.process.env; const { env } = process;",
      "await import('./literal.js'); options.process; const task = { process: 1 }; type P = NodeJS.Process;",
    ].join('\n');
    expect(forbiddenCalls('sample.ts', sample)).toEqual([
      'import(<computed>)',
      'import(<computed>)',
      'require(',
      'process',
      'process',
      'process',
    ]);
  });

  it('holds for every library file', () => {
    expect(libraryFiles.length).toBeGreaterThan(50);
    const found = libraryFiles.flatMap((file) =>
      forbiddenCalls(file, readFileSync(file, 'utf8')).map((call) => `${relative(SRC, file)} calls ${call}`),
    );
    expect(found).toEqual([]);
  });
});
