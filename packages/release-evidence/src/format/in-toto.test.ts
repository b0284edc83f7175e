import { describe, expect, it } from 'vitest';
import { NOW } from '../../test/format/readiness.js';
import { buildSamples } from '../../test/samples/index.js';
import { validateDocument } from '../contract/index.js';
import { evaluateReadiness } from '../readiness/index.js';
import { formatJson, toInTotoStatement } from './index.js';

async function realReadiness() {
  const samples = buildSamples(NOW);
  const documents = [samples.source, samples.staging].map((value) => ({ value }));
  return (await evaluateReadiness({ candidate: samples.candidate, documents, now: NOW })).readiness;
}

describe('in-toto export', () => {
  it('builds a Statement v1 about the commit with the readiness as predicate', async () => {
    const readiness = await realReadiness();
    const statement = toInTotoStatement(readiness);
    expect(Object.keys(statement).sort()).toEqual(['_type', 'predicate', 'predicateType', 'subject']);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject).toEqual([
      {
        name: 'example-org/generic-ai-media-template',
        digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
      },
    ]);
    expect(statement.predicateType).toBe('urn:cloudflare-saas-core:release-readiness:v1');
    expect(statement.predicate).toEqual(readiness);
    expect(validateDocument(statement.predicate, { expectKind: 'release-readiness' }).ok).toBe(true);
    // The predicate names both origins, so the verdict cannot be replayed for another environment.
    expect(statement.predicate.origins.map((origin) => origin.environment).sort()).toEqual(['production', 'staging']);
  });
});

describe('formatJson', () => {
  it('writes canonical JSON with a trailing newline, the same for any key order', () => {
    expect(formatJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}\n');
    expect(formatJson({ a: [true, null, 'x'], b: 1 })).toBe(formatJson({ b: 1, a: [true, null, 'x'] }));
  });

  it('pretty-prints in canonical member order', () => {
    expect(formatJson({ b: { d: 1, c: 2 }, a: 0 }, { pretty: true })).toBe(
      '{\n  "a": 0,\n  "b": {\n    "c": 2,\n    "d": 1\n  }\n}\n',
    );
  });
});
