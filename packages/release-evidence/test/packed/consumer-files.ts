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

/** Type-checks against the published declarations; it must compile under node16 and bundler resolution. */
export const TYPED_CONSUMER = `import {
  checkDocument,
  evaluateReadiness,
  type ReadinessOutcome,
  type ReleaseCandidate,
  type ReleaseReadiness,
} from '${PACKAGE}';

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
