import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOW, samples, withField } from '../../test/contract/helpers.js';
import { sampleEntries, shiftMinutes } from '../../test/samples/index.js';
import { DOCUMENT_CODES } from '../problem/codes/document.js';
import { RULE_CODES } from './codes.js';
import { jsonSchemaFor, KINDS, type Kind, policyJsonSchema, validateDocument, validatePolicy } from './index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = new Map(KINDS.map((kind) => [kind, ajv.compile(jsonSchemaFor(kind))]));

function ajvAccepts(doc: unknown): boolean {
  const kind = (doc as { kind: Kind }).kind;
  const validate = validators.get(kind);
  if (!validate) throw new Error('no validator for the kind');
  return validate(doc) as boolean;
}

const s = samples();

/** Documents whose SHAPE is wrong: both validators must reject them. */
const SHAPE_INVALID: [string, unknown][] = [
  ['unknown top-level field', withField(s.source, ['extra'], 1)],
  ['unknown nested field', withField(s.canary, ['runs', 'extra'], 1)],
  ['missing id', withField(s.source, ['id'], undefined)],
  ['wrong contract', withField(s.source, ['contract'], 'release-evidence/v2')],
  ['bad label', withField(s.source, ['id'], 'Upper')],
  ['bad branch', withField(s.source, ['subject', 'branch'], 'a..b')],
  ['bad origin url', withField(s.staging, ['origin', 'url'], 'https://db.internal')],
  ['bad timestamp', withField(s.source, ['generatedAt'], '2026-11-25T12:00Z')],
  ['bad duration', withField(s.candidate, ['policy', 'clockSkew'], 'P1W')],
  ['bad sha', withField(s.source, ['subject', 'commitSha'], 'a'.repeat(41))],
  ['run id above 2^53-1', withField(s.source, ['subject', 'workflowRun', 'runId'], 2 ** 53)],
  ['string count', withField(s.canary, ['runs', 'failed'], '1')],
  ['fractional count', withField(s.canary, ['runs', 'failed'], 1.5)],
  ['rate above 1', withField(s.canary, ['thresholds', 'minSuccessRate'], 1.5)],
  ['bad enum', withField(s.source, ['stage'], 'qa')],
  ['empty checks', withField(s.source, ['checks'], [])],
  ['one origin', withField(s.candidate, ['origins'], [s.candidate.origins[0]])],
  ['unknown gate in policy', withField(s.candidate, ['policy', 'requiredGates'], ['nope'])],
  ['unknown gate in maxAge', withField(s.candidate, ['policy', 'maxAge'], { nope: 'P1D' })],
  ['bad extension key', withField(s.source, ['extensions'], { build: 1 })],
  ['staging operator approval', withField(s.approval, ['environment'], 'staging')],
  ['bad nested artifact', withField(s.fixture, ['artifacts', 0, 'document', 'stage'], 'qa')],
  ['wrong fixture target', withField(s.fixture, ['target', 'owner'], 'someone-else')],
  ['bad packet digest', withField(s.packet, ['packetDigest'], 'sha256:xyz')],
  ['readiness verdict', withField(s.readiness, ['verdict'], 'maybe')],
];

/** The optional §6/§7 additions: floors in a policy, and warnings, validUntil and remedies in readiness. */
const floorPolicy = {
  floors: { 'provider-canary': { minSuccessRate: 0.9, maxP95LatencyMs: 2000 }, 'image-safety': {} },
};
const remedy = {
  code: 'collect-fresh-evidence',
  args: { kind: 'release-status', before: NOW, gates: ['a', 1, true, null] },
};
const warning = { code: 'policy-weakened', gate: 'source-known', message: 'maxAge of source-known is longer than P7D' };
const ADDITIONS_VALID: [string, unknown][] = [
  ['candidate floors', withField(s.candidate, ['policy'], floorPolicy)],
  ['readiness floors', withField(s.readiness, ['policy', 'floors'], floorPolicy.floors)],
  ['readiness warnings', withField(s.readiness, ['warnings'], [warning, { code: 'deferral-expiring', message: 'x' }])],
  ['readiness validUntil', withField(s.readiness, ['validUntil'], '2026-11-25T18:51:26.445999Z')],
  ['gate remedy', withField(s.readiness, ['gates', 0, 'remedy'], remedy)],
  ['gate remedy without args', withField(s.readiness, ['gates', 0, 'remedy'], { code: 'record-approval', args: {} })],
];
const ADDITIONS_INVALID: [string, unknown][] = [
  ['floor for another gate', withField(s.candidate, ['policy', 'floors'], { 'source-known': {} })],
  ['unknown floor', withField(s.candidate, ['policy', 'floors'], { 'provider-canary': { minSamples: 1 } })],
  ['floor rate above 1', withField(s.candidate, ['policy', 'floors'], { 'image-safety': { minSafeAllowedRate: 2 } })],
  ['floor of zero runs', withField(s.candidate, ['policy', 'floors'], { 'provider-canary': { minRuns: 0 } })],
  ['warning without message', withField(s.readiness, ['warnings'], [{ code: 'policy-weakened' }])],
  ['warning for an unknown gate', withField(s.readiness, ['warnings'], [{ ...warning, gate: 'nope' }])],
  ['warning with extra member', withField(s.readiness, ['warnings'], [{ ...warning, value: 'P30D' }])],
  ['bad validUntil', withField(s.readiness, ['validUntil'], '2026-11-25')],
  ['remedy without args', withField(s.readiness, ['gates', 0, 'remedy'], { code: 'record-approval' })],
  [
    'remedy with a nested object',
    withField(s.readiness, ['gates', 0, 'remedy'], { code: 'add-deferral', args: { a: { b: 1 } } }),
  ],
  [
    'remedy with a nested list',
    withField(s.readiness, ['gates', 0, 'remedy'], { code: 'add-deferral', args: { a: [[1]] } }),
  ],
  [
    'remedy argument name',
    withField(s.readiness, ['gates', 0, 'remedy'], { code: 'add-deferral', args: { 'x-y': 1 } }),
  ],
  [
    'remedy with 101 arguments',
    withField(s.readiness, ['gates', 0, 'remedy'], { code: 'add-deferral', args: { a: Array(101).fill(1) } }),
  ],
  ['remedy code', withField(s.readiness, ['gates', 0, 'remedy'], { code: 'Fix', args: {} })],
];

/** Documents whose shape is right but which break a consistency rule: Ajv accepts them, validateDocument does not. */
const RULE_INVALID: [string, unknown][] = [
  ['summary-mismatch', withField(s.source, ['summary', 'passed'], 9)],
  ['origin-required', withField(s.staging, ['origin'], undefined)],
  ['not-rotated', withField(s.rotation, ['secrets', 0, 'before'], { updatedAt: NOW })],
  ['duplicate-entry', withField(s.resources, ['resources', 1], s.resources.resources[0])],
  ['traffic-percent', withField(s.approval, ['approvals', 1, 'trafficPercent'], undefined)],
  ['verdict-mismatch', withField(s.canary, ['verdict'], 'fail')],
  ['samples-mismatch', withField(s.imageSafety, ['samples', 'safeAllowed'], 61)],
  ['time-order', withField(s.canary, ['window', 'endedAt'], shiftMinutes(NOW, 60))],
];

/** Checks in code that JSON Schema cannot express: the validator rejects them, the schema's pattern lets them by. */
const CODE_ONLY: [string, unknown][] = [
  ['30 February', withField(s.source, ['generatedAt'], '2026-02-30T00:00:00Z')],
  ['port above 65535', withField(s.staging, ['origin', 'url'], 'https://staging.example.com:70000')],
  ['lone surrogate', withField(s.source, ['checks', 1, 'detail'], 'half \ud800')],
];

describe('Ajv 2020 agrees with validateDocument on shape', () => {
  test.each(sampleEntries(NOW))('valid sample %s passes both', (_name, doc) => {
    expect(ajvAccepts(doc)).toBe(true);
    expect(validateDocument(doc).ok).toBe(true);
  });
  test.each(SHAPE_INVALID)('%s fails both', (_name, doc) => {
    expect(ajvAccepts(doc)).toBe(false);
    expect(validateDocument(doc).ok).toBe(false);
  });
  test.each(ADDITIONS_VALID)('optional addition: %s passes both', (_name, doc) => {
    expect(ajvAccepts(doc)).toBe(true);
    expect(validateDocument(doc).errors).toEqual([]);
  });
  test.each(ADDITIONS_INVALID)('optional addition: %s fails both', (_name, doc) => {
    expect(ajvAccepts(doc)).toBe(false);
    expect(validateDocument(doc).ok).toBe(false);
  });
  test.each(RULE_INVALID)('%s (a consistency rule) passes Ajv and fails validateDocument', (name, doc) => {
    expect(ajvAccepts(doc)).toBe(true);
    expect(validateDocument(doc).errors.map((issue) => issue.code)).toContain(name);
  });
  test.each(CODE_ONLY)('%s is checked in code only', (_name, doc) => {
    expect(ajvAccepts(doc)).toBe(true);
    expect(validateDocument(doc).errors).toHaveLength(1);
  });
});

/** Every member path of a document, parents first. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

// `unknown-gate` is named by the spec with the rules, but a gate id is an enum in the schema, so Ajv checks it too.
const CODE_ONLY_RULES: ReadonlySet<string> = new Set(RULE_CODES.filter((code) => code !== 'unknown-gate'));
const SHAPE_CODES = new Set(Object.keys(DOCUMENT_CODES).filter((code) => !CODE_ONLY_RULES.has(code)));

describe('Ajv 2020 agrees on shape for random edits', () => {
  test('a document passes Ajv exactly when validateDocument finds no shape issue', () => {
    const docs = sampleEntries(NOW).map(([, doc]) => doc);
    const edit = fc
      .constantFrom(...docs)
      .chain((doc) =>
        fc.tuple(
          fc.constant(doc),
          fc.constantFrom(...pathsOf(doc).filter((path) => path[0] !== 'kind')),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      );
    fc.assert(
      fc.property(edit, ([doc, path, value]) => {
        const edited = withField(doc, path, value);
        const shapeIssues = validateDocument(edited).errors.filter((issue) => SHAPE_CODES.has(issue.code));
        expect(ajvAccepts(edited)).toBe(shapeIssues.length === 0);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('exported schemas', () => {
  test.each(KINDS)('%s is draft 2020-12, closed, and says rules live in code', (kind) => {
    const schema = jsonSchemaFor(kind) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(String(schema.description)).toContain('enforced in code only');
    expect((schema.properties as Record<string, { const?: string }>).kind?.const).toBe(kind);
  });
  test('callers get a copy they may change', () => {
    (jsonSchemaFor('release-status') as Record<string, unknown>).title = 'changed';
    expect((jsonSchemaFor('release-status') as Record<string, unknown>).title).not.toBe('changed');
  });
  // `pnpm schemas:write` (vitest -u) rewrites these files; a plain run fails when they drift from the code.
  test.each(KINDS)('schemas/%s.schema.json matches the code', async (kind) => {
    await expect(`${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`).toMatchFileSnapshot(
      `../../schemas/${kind}.schema.json`,
    );
  });
});

describe('the policy schema (--policy FILE)', () => {
  const validatePolicyShape = ajv.compile(policyJsonSchema());
  const POLICIES: [string, unknown, boolean][] = [
    ['empty', {}, true],
    [
      'every key',
      { maxAge: { 'source-known': 'P1D' }, clockSkew: 'PT1M', requiredGates: ['production-cutover'], ...floorPolicy },
      true,
    ],
    ['unknown key', { strict: true }, false],
    ['floor for another gate', { floors: { 'source-known': {} } }, false],
    ['floor out of range', { floors: { 'provider-canary': { minSuccessRate: -0.1 } } }, false],
    ['unknown gate', { requiredGates: ['nope'] }, false],
  ];
  test.each(POLICIES)('%s: Ajv and validatePolicy agree', (_name, value, ok) => {
    expect(validatePolicyShape(value)).toBe(ok);
    expect(validatePolicy(value).ok).toBe(ok);
  });
  test('schemas/policy.schema.json matches the code', async () => {
    await expect(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../../schemas/policy.schema.json',
    );
  });
});
