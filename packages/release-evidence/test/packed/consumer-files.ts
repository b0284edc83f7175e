// The files of the throwaway consumer project: an ESM script and a typed .ts that use the package by name only.
const PACKAGE = '@cloudflare-saas-core/release-evidence';

/** Judges the copied recorded evidence through the library, as an adopter's own script would. */
export const ESM_SCRIPT = `import { readdirSync, readFileSync } from 'node:fs';
import { checkDocument, evaluateReadiness, formatJson } from '${PACKAGE}';
import pkg from '${PACKAGE}/package.json' with { type: 'json' };
import schema from '${PACKAGE}/schemas/release-readiness.schema.json' with { type: 'json' };

const read = (path) => readFileSync(path, 'utf8');
const candidate = checkDocument(read('recorded/release-candidate.json'), { expectKind: 'release-candidate' });
if (!candidate.ok) throw new Error('candidate is not valid');
const documents = readdirSync('recorded/evidence').sort().map((name) => ({ text: read('recorded/evidence/' + name) }));
const { now } = JSON.parse(read('recorded/now.json'));
const { readiness } = await evaluateReadiness({ candidate: candidate.value, documents, now });
process.stdout.write(formatJson({ version: pkg.version, schemaTitle: schema.title ?? null, verdict: readiness.verdict }));
`;

/**
 * Imports every library subpath by name (library-entries.mjs) and prints its export names, so the test can compare
 * them with the built module of the same name.
 */
export function subpathScript(entries: readonly string[]): string {
  const imports = entries.map((entry, index) => `import * as entry${index} from '${PACKAGE}/${entry}';`);
  const names = entries.map((entry, index) => `${JSON.stringify(entry)}: Object.keys(entry${index}).sort()`);
  return `${imports.join('\n')}\nprocess.stdout.write(JSON.stringify({ ${names.join(', ')} }));\n`;
}

/** One typed use per subpath: each must resolve to its declarations, as the mistyped file proves they are read. */
export const TYPED_SUBPATHS = `import { releaseStatus, type ReleaseCheck } from '${PACKAGE}/builders';
import { CONTRACT, type IssueCode } from '${PACKAGE}/contract';
import { CHANGE_CLASSES, type ReleaseDiff } from '${PACKAGE}/diff';
import { TARGET_PACKAGE, type FixtureCheckResult } from '${PACKAGE}/fixture';
import { BoundedLines, type TextOptions } from '${PACKAGE}/format';
import { walkJson, canonicalJson, type ParseResult } from '${PACKAGE}/json';
import { packetDigestOf, type PacketDocumentRef } from '${PACKAGE}/packet';
import { RULES, type Rule } from '${PACKAGE}/privacy';
import { PROBLEM_CATALOGUE, type ProblemCode } from '${PACKAGE}/problem';
import { READINESS_GATES, type GateSpec } from '${PACKAGE}/readiness';

export const check: ReleaseCheck = { name: 'lint', status: 'passed' };
export const contract: string = CONTRACT;
export const code: IssueCode | undefined = undefined;
export const classes: readonly string[] = CHANGE_CLASSES;
export const diff: ReleaseDiff | undefined = undefined;
export const target: string = TARGET_PACKAGE;
export const fixture: FixtureCheckResult | undefined = undefined;
export const lines: typeof BoundedLines = BoundedLines;
export const text: TextOptions | undefined = undefined;
export const canonical: string = canonicalJson({ b: 1, a: 2 });
export const walk: typeof walkJson = walkJson;
export const parsed: ParseResult | undefined = undefined;
export const digest: typeof packetDigestOf = packetDigestOf;
export const ref: PacketDocumentRef | undefined = undefined;
export const rules: readonly Rule[] = RULES;
export const problemCode: ProblemCode = 'required';
export const severity: string = PROBLEM_CATALOGUE[problemCode].severity;
export const gates: readonly GateSpec[] = READINESS_GATES;
export const status = releaseStatus;
`;

/** Must NOT compile either: a subpath's types are really read, not \`any\`. */
export const MISTYPED_SUBPATH = `import { canonicalJson } from '${PACKAGE}/json';

export const wrong: number = canonicalJson({});
`;

/** Type-checks against the published declarations; it must compile under node16 and bundler resolution. */
export const TYPED_CONSUMER = `import {
  checkDocument,
  evaluateReadiness,
  type Problem,
  type ReadinessOutcome,
  type ReleaseCandidate,
  type ReleaseReadiness,
  renderProblem,
} from '${PACKAGE}';

export const messagesOf = (problems: readonly Problem[]): string[] => problems.map((problem) => renderProblem(problem));

export async function verdictOf(candidateText: string, texts: readonly string[], now: string): Promise<string> {
  const candidate = checkDocument(candidateText, { expectKind: 'release-candidate' });
  if (!candidate.ok) return 'invalid-candidate';
  const outcome: ReadinessOutcome = await evaluateReadiness({
    candidate: candidate.value as ReleaseCandidate,
    documents: texts.map((text) => ({ text })),
    now,
  });
  const verdict: ReleaseReadiness['verdict'] = outcome.readiness.verdict;
  return verdict;
}
`;

/** Must NOT compile: proves the declarations were really read (an untyped import would accept it). */
export const MISTYPED_CONSUMER = `import { evaluateReadiness } from '${PACKAGE}';

export const wrong: number = (await evaluateReadiness({ candidate: 1, documents: [], now: 'x' })).readiness.verdict;
`;

export function tsconfig(resolution: 'node16' | 'bundler', files: readonly string[]): string {
  const module = resolution === 'node16' ? 'node16' : 'esnext';
  return JSON.stringify({
    compilerOptions: {
      module,
      moduleResolution: resolution,
      target: 'es2022',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      resolveJsonModule: true,
      types: ['node'],
    },
    files,
  });
}
