import { checkFixture } from '../../../src/fixture/index.js';
import type { FIXTURE_CODES } from '../../../src/problem/codes/fixture.js';
import { type Doc, loadFixture } from '../../readiness/support.js';
import type { Producer } from '../producer.js';

/** Every reason of every clause, for the shipped fixture edited by `mutate`, checked as text like the CLI does. */
async function checkMutated(mutate: (fixture: Doc) => void, identityTerms: string[] = []) {
  const fixture = loadFixture();
  mutate(fixture);
  const result = await checkFixture(JSON.stringify(fixture, null, 2), { identityTerms });
  return result.clauses.flatMap((clause) => clause.reasons);
}

function artifactOf(fixture: Doc, kind: string, stage?: string): Doc {
  return fixture.artifacts.find(
    (entry: Doc) => entry.document.kind === kind && (stage === undefined || entry.document.stage === stage),
  );
}

/** Sets an extension of the first artifact document of `kind`, to plant a marker or a finding. */
const withExtension = (kind: string, extensions: Record<string, string>) => (fixture: Doc) => {
  artifactOf(fixture, kind).document.extensions = extensions;
};

const withDetail = (detail: string) => (fixture: Doc) => {
  artifactOf(fixture, 'release-status', 'source').document.checks[0].detail = detail;
};

/** For each fixture code, a call through the library or CLI that reports it. */
export const FIXTURE_PRODUCERS: Record<keyof typeof FIXTURE_CODES, Producer> = {
  'fixture-not-json': async () => (await checkFixture('{ "kind": ')).clauses.flatMap((clause) => clause.reasons),
  candidate: () =>
    checkMutated((f) => {
      f.candidate = 'ops-other-evidence';
    }),
  'target-owner': () =>
    checkMutated((f) => {
      f.target.owner = 'someone-else';
    }),
  'target-package': () =>
    checkMutated((f) => {
      f.target.package = 'cloudflare-saas-core/packages/other';
    }),
  'class-disagrees': () =>
    checkMutated((f) => {
      artifactOf(f, 'release-status', 'staging').class = 'source-known';
    }),
  'class-missing': () =>
    checkMutated((f) => {
      f.artifacts = f.artifacts.filter((entry: Doc) => entry.class !== 'image-safety');
    }),
  'no-adapters': () =>
    checkMutated((f) => {
      f.boundary.adapters = [];
    }),
  'adapter-in-core': () =>
    checkMutated((f) => {
      f.boundary.adapters[0].name = 'privacy-scanning';
      f.boundary.adapters[1].responsibility = f.boundary.core[0];
    }),
  'adapter-owner': () =>
    checkMutated((f) => {
      f.boundary.adapters[1].owner = 'core';
    }),
  'document-invalid': () =>
    checkMutated((f) => {
      artifactOf(f, 'provider-canary-evidence').document.verdict = 'fail';
      f.unexpected = true;
    }),
  'not-evaluated': () =>
    checkMutated((f) => {
      f.now = 'yesterday';
    }),
  'not-ready': () =>
    checkMutated((f) => {
      f.now = '2026-11-25T12:00:00Z';
    }),
  'gate-not-pass': () =>
    checkMutated((f) => {
      f.now = '2026-11-25T12:00:00Z';
    }),
  'identity-term': () =>
    checkMutated(
      (f) => {
        f.template.label = 'pixelforge-template';
      },
      ['PixelForge'],
    ),
  'token-marker': () => checkMutated(withDetail(`rotated the ${'gh'}${'p_'} token`)),
  'actor-mention': () => checkMutated(withDetail(`approved by ${'@'}octocat`)),
  'actor-key': () => checkMutated(withExtension('operator-assisted-production', { 'x-actor': 'octocat' })),
};
