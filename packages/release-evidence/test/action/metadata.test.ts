import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLE_PATH } from '../../action/build.mjs';
import { readInputs } from '../../action/inputs.js';

// The root action.yml, checked against SchemaStore's github-action.json (test/fixtures/SOURCES.md).
const repoRoot = new URL('../../../../', import.meta.url);
const actionText = readFileSync(new URL('action.yml', repoRoot), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../fixtures/schemastore-github-action.json', import.meta.url), 'utf8'));

interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}
const metadata = parse(actionText) as ActionMetadata;

function validate(document: unknown) {
  // SchemaStore's schemas leave out `type` beside `properties`, which only Ajv's strict mode minds.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return { ok: check(document), errors: check.errors ?? [] };
}

describe('action.yml', () => {
  it('is valid action metadata per the SchemaStore schema', () => {
    const result = validate(metadata);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is a JavaScript action on node20 whose main is the committed bundle', () => {
    expect(metadata.runs).toEqual({ using: 'node20', main: `packages/release-evidence/${BUNDLE_PATH}` });
  });

  it('the schema rejects a broken metadata file, so the check above can fail', () => {
    const broken = { ...metadata, runs: { using: 'node20' }, inputs: { 'bad name!': {} } };
    expect(validate(broken).ok).toBe(false);
  });

  it('declares exactly the inputs the entry reads', () => {
    const read: string[] = [];
    const env = new Proxy({} as Record<string, string | undefined>, {
      get: (_target, name) => {
        if (typeof name === 'string' && name.startsWith('INPUT_')) read.push(name);
        return undefined;
      },
    });
    readInputs(env);
    const declared = Object.keys(metadata.inputs).map((name) => `INPUT_${name.toUpperCase()}`);
    expect([...new Set(read)].sort()).toEqual(declared.sort());
  });

  it('declares the outputs the issue names', () => {
    expect(Object.keys(metadata.outputs)).toEqual(
      expect.arrayContaining(['verdict', 'ready', 'packet-digest', 'valid-until']),
    );
  });
});
