import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

// The whole workflow of docs/adopting.md, checked as GitHub would read it: valid YAML, valid per SchemaStore's
// workflow schema, and every `with:` an input that the named action declares (test/fixtures/SOURCES.md).
const docs = readFileSync(new URL('../../docs/adopting.md', import.meta.url), 'utf8');
const fixtures = new URL('../fixtures/', import.meta.url);
const OUR_ACTION = 'cloudflare-saas-core/cloudflare-saas-core@v1';
const ACTION_FILES: Record<string, URL> = {
  [OUR_ACTION]: new URL('../../../../action.yml', import.meta.url),
  'actions/checkout@v7': new URL('actions/checkout-v7.action.yml', fixtures),
  'actions/setup-node@v7': new URL('actions/setup-node-v7.action.yml', fixtures),
  'actions/attest@v4': new URL('actions/attest-v4.action.yml', fixtures),
  'actions/upload-artifact@v7': new URL('actions/upload-artifact-v7.action.yml', fixtures),
};

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface ActionFile {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
}

function parseStrict(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  expect([...document.errors, ...document.warnings].map((problem) => problem.message)).toEqual([]);
  return document.toJS();
}

const [workflowText] = yamlBlocks(docs);
const workflow = parseStrict(workflowText ?? '') as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const actionOf = (uses: string): ActionFile =>
  parseStrict(readFileSync(ACTION_FILES[uses] as URL, 'utf8')) as ActionFile;

describe('the workflow in docs/adopting.md', () => {
  it('is one YAML block, valid per the SchemaStore workflow schema', () => {
    expect(yamlBlocks(docs)).toHaveLength(1);
    const schema = JSON.parse(readFileSync(new URL('schemastore-github-workflow.json', fixtures), 'utf8'));
    // SchemaStore's schemas leave out `type` beside `properties`, which only Ajv's strict mode minds.
    const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(check(workflow) ? [] : check.errors).toEqual([]);
    expect(check({ ...workflow, jobs: { release: { steps: [{ uses: 1 }] } } })).toBe(false);
  });

  it('uses only recorded actions, with inputs they declare, and every required input', () => {
    for (const step of steps.filter((candidate) => candidate.uses !== undefined)) {
      expect(Object.keys(ACTION_FILES)).toContain(step.uses);
      const inputs = actionOf(step.uses as string).inputs ?? {};
      expect(Object.keys(inputs)).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})));
      const required = Object.entries(inputs).filter(([, input]) => input.required && input.default === undefined);
      expect(Object.keys(step.with ?? {})).toEqual(expect.arrayContaining(required.map(([name]) => name)));
    }
  });

  it('signs the packet with the readiness predicate type of the in-toto renderer', async () => {
    const { READINESS_PREDICATE_TYPE } = await import('../../src/format/in-toto.js');
    const attest = steps.find((step) => step.uses === 'actions/attest@v4');
    expect(attest?.with).toEqual({
      'subject-path': 'release-packet.json',
      'predicate-type': READINESS_PREDICATE_TYPE,
      'predicate-path': 'readiness-predicate.json',
    });
    const predicate = steps.find((step) => step.uses === OUR_ACTION && step.with?.format === 'predicate');
    expect(predicate?.with?.out).toBe('readiness-predicate.json');
  });

  it('reads only outputs that its steps declare', () => {
    const text = workflowText ?? '';
    const references = [...text.matchAll(/steps\.([a-z-]+)\.outputs\.([a-z-]+)/g)];
    expect(references.length).toBeGreaterThan(0);
    for (const [, id, output] of references) {
      const step = steps.find((candidate) => candidate.id === id);
      expect(step, `step ${id}`).toBeDefined();
      if (step?.uses) expect(Object.keys(actionOf(step.uses).outputs ?? {})).toContain(output);
      else expect(step?.run).toContain(`${output}=`);
    }
  });

  it('runs only CLI commands that exist, in the verify-later steps too', async () => {
    const { COMMANDS } = await import('../../action/inputs.js');
    for (const step of steps.filter((candidate) => candidate.uses === OUR_ACTION)) {
      expect(COMMANDS).toContain(step.with?.command);
    }
    const shell = [...docs.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]).join('\n');
    const commands = [...shell.matchAll(/npx release-evidence ([a-z-]+)/g)].map((match) => match[1]);
    expect(commands).toEqual(['verify-packet']);
    expect(shell).toContain('gh attestation verify release-packet.json --repo OWNER/REPO');
  });
});
