import { describe, expect, it } from 'vitest';
import { buildExtractionFixture } from '../../adapters/extraction-fixture.js';
import { readJsonFile } from '../../adapters/shared/config.js';
import { templatePath } from '../../adapters/shared/paths.js';
import { readJsonFolder } from '../../scripts/files.js';

const recorded = templatePath('fixtures', 'recorded');

describe('the template extraction fixture', () => {
  it('wraps the recorded evidence with every class the fixture check requires', () => {
    const fixture = buildExtractionFixture({
      candidate: readJsonFile(`${recorded}/release-candidate.json`),
      evidence: readJsonFolder(`${recorded}/evidence`),
      now: readJsonFile<{ now: string }>(`${recorded}/now.json`).now,
    });
    const classes = new Set((fixture.artifacts as { class: string }[]).map((artifact) => artifact.class));
    expect([...classes].sort()).toEqual([
      'image-safety',
      'production-cutover',
      'provider-canary',
      'secret-rotation',
      'source-known',
      'staging-runtime',
    ]);
    expect(fixture).toMatchObject({
      candidate: 'ops-release-evidence',
      kind: 'extraction-fixture',
      target: { owner: 'cloudflare-saas-core', package: 'cloudflare-saas-core/packages/release-evidence' },
    });
  });
  it('refuses a document that is not evidence', () => {
    const candidate = readJsonFile(`${recorded}/release-candidate.json`);
    expect(() => buildExtractionFixture({ candidate, evidence: [candidate], now: '2026-11-25T10:00:00Z' })).toThrow();
  });
});
