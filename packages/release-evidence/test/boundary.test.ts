import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LIBRARY_ENTRIES } from '../library-entries.mjs';

/**
 * The extraction boundary (issue #5), read from the real import graph: every import, export and dynamic import of
 * every file, parsed with the TypeScript compiler. Nothing here is a hand-kept list of files.
 */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(PACKAGE_ROOT, 'src');
const CLI = join(SRC, 'cli') + sep;
const REPO_ROOT = resolve(PACKAGE_ROOT, '..', '..');
const TEMPLATES = join(REPO_ROOT, 'templates');
const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
};

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** Provider and Cloudflare SDKs, HTTP clients and Workers tooling: none belongs in the library. */
const SDK =
  /^(?:@cloudflare\/|cloudflare$|wrangler$|miniflare$|workerd$|openai$|@anthropic-ai\/|replicate$|@aws-sdk\/|aws-sdk$|@google\/|@google-cloud\/|@huggingface\/|stripe$|@octokit\/|undici$|node-fetch$|axios$|got$|ky$)/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.out', 'evidence-out', '.wrangler', 'coverage']);
const SOURCE_FILE = /\.(?:[cm]?ts|[cm]?js|tsx)$/;

interface ParsedFile {
  readonly specifiers: string[];
  /** Calls and constructions that run code from strings or reach the network. */
  readonly forbiddenCalls: string[];
}

/** Collects module specifiers and forbidden calls from TypeScript/JavaScript source text. */
function parseSource(fileName: string, text: string): ParsedFile {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const forbiddenCalls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) specifiers.push(expression.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      specifiers.push(node.argument.literal.text);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && first && ts.isStringLiteralLike(first)) specifiers.push(first.text);
      const callee = calleeName(node.expression);
      if (callee === 'fetch' || callee === 'eval' || callee === 'Function') forbiddenCalls.push(`${callee}(`);
    } else if (ts.isNewExpression(node) && calleeName(node.expression) === 'Function') {
      forbiddenCalls.push('new Function');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, forbiddenCalls };
}

/** `fetch`, `globalThis.fetch`, `self.eval`, … : the called global's name, if the callee is one. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    if (['globalThis', 'self', 'window', 'global'].includes(expression.expression.text)) return expression.name.text;
  }
  return undefined;
}

function listSources(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) ? [] : listSources(path);
    return SOURCE_FILE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Resolves a relative specifier the way the bundler does: `.js` names its `.ts` source; folders mean `index`. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.([cm]?)js$/, '.$1ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const isRelative = (specifier: string) => specifier.startsWith('.') || specifier.startsWith('/');
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const parsed = new Map<string, ParsedFile>();
const parse = (path: string): ParsedFile => {
  const cached = parsed.get(path);
  if (cached) return cached;
  const result = parseSource(path, readFileSync(path, 'utf8'));
  parsed.set(path, result);
  return result;
};

/** The library: every file reachable from the root export or a subpath (library-entries.mjs) by relative imports. */
function libraryGraph(): Set<string> {
  const seen = new Set<string>();
  const pending = Object.values(LIBRARY_ENTRIES).map((entry) => join(PACKAGE_ROOT, entry));
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of parse(file).specifiers.filter(isRelative)) {
      const target = resolveRelative(file, specifier);
      if (target) pending.push(target);
    }
  }
  return seen;
}

// Unit tests beside their unit (`foo.test.ts`) are not library code: they may import vitest and node: modules.
const srcFiles = listSources(SRC).filter((file) => !file.endsWith('.test.ts'));
const library = libraryGraph();
const where = (file: string) => relative(REPO_ROOT, file);

describe('the analyzer itself', () => {
  it('finds every kind of specifier and forbidden call', () => {
    const sample = [
      "import a from 'node:fs'; export * from './b.js'; import type { C } from 'openai';",
      "const d = await import('../../templates/x.js'); type E = import('wrangler').F;",
      'fetch(url); globalThis.fetch(url); eval(code); new Function(code); Function(code);',
      '// fetch( in a comment does not count; neither does "eval(" in a string',
    ].join('\n');
    const result = parseSource('sample.ts', sample);
    expect(result.specifiers.sort()).toEqual(['../../templates/x.js', './b.js', 'node:fs', 'openai', 'wrangler']);
    expect(result.forbiddenCalls).toEqual(['fetch(', 'fetch(', 'eval(', 'new Function', 'Function(']);
  });
});

describe('core boundary', () => {
  it('walks a real graph', () => {
    expect(srcFiles.length).toBeGreaterThan(10);
    expect(library.size).toBeGreaterThan(5);
    for (const file of library) expect(file.startsWith(SRC + sep), where(file)).toBe(true);
  });

  it('imports nothing from templates, and nothing outside the package by path', () => {
    const escapes = srcFiles.flatMap((file) =>
      parse(file)
        .specifiers.filter((specifier) =>
          isRelative(specifier)
            ? !resolve(dirname(file), specifier).startsWith(PACKAGE_ROOT + sep)
            : specifier.includes('templates'),
        )
        .map((specifier) => `${where(file)} -> ${specifier}`),
    );
    expect(escapes).toEqual([]);
  });

  it('uses node: modules and Node builtins only in src/cli/', () => {
    const uses = srcFiles
      .filter((file) => !file.startsWith(CLI))
      .flatMap((file) =>
        parse(file)
          .specifiers.filter((specifier) => BUILTINS.has(specifier))
          .map((specifier) => `${where(file)} -> ${specifier}`),
      );
    expect(uses).toEqual([]);
  });

  it('keeps the library free of SDKs, dev-only packages, fetch, eval and new Function', () => {
    const allowed = new Set(Object.keys(manifest.dependencies));
    const problems = [...new Set([...library, ...srcFiles.filter((file) => !file.startsWith(CLI))])].flatMap((file) => {
      const { specifiers, forbiddenCalls } = parse(file);
      // A unit test beside its unit (`foo.test.ts`) may import the test runner; the library never reaches it.
      const testRunner = (specifier: string) => file.endsWith('.test.ts') && specifier === 'vitest';
      const bare = specifiers.filter(
        (specifier) => !isRelative(specifier) && !BUILTINS.has(specifier) && !testRunner(specifier),
      );
      return [
        ...bare
          .filter((specifier) => SDK.test(specifier) || !allowed.has(packageName(specifier)))
          .map((s) => `${where(file)} imports ${s}`),
        ...forbiddenCalls.map((call) => `${where(file)} calls ${call}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('publishes exactly the library entries, each with its types and code', () => {
    const code = Object.entries(manifest.exports).filter(([, target]) => typeof target === 'object');
    expect(Object.fromEntries(code)).toEqual(
      Object.fromEntries(
        Object.keys(LIBRARY_ENTRIES).map((entry) => [
          entry === 'index' ? '.' : `./${entry}`,
          { types: `./dist/${entry}.d.mts`, default: `./dist/${entry}.mjs` },
        ]),
      ),
    );
  });

  it('never reaches src/cli/ from the library entries', () => {
    expect([...library].filter((file) => file.startsWith(CLI)).map(where)).toEqual([]);
  });
});

describe('template boundary', () => {
  const templateFiles = listSources(TEMPLATES);
  const publicSubpaths = new Set(
    Object.keys(manifest.exports).map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`)),
  );

  it('has template sources to check', () => {
    expect(templateFiles.length).toBeGreaterThan(0);
  });

  it('imports the package only by its name and public exports, never by a path into it', () => {
    const problems = templateFiles.flatMap((file) =>
      parse(file).specifiers.flatMap((specifier) => {
        if (isRelative(specifier)) {
          const target = resolve(dirname(file), specifier);
          return target.startsWith(PACKAGE_ROOT + sep) || target.startsWith(join(REPO_ROOT, 'packages') + sep)
            ? [`${where(file)} -> ${specifier}`]
            : [];
        }
        if (packageName(specifier) === manifest.name && !publicSubpaths.has(specifier))
          return [`${where(file)} -> ${specifier}`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
