import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../adapters/shared/config.js';
import { envelope, TEMPLATE_VERSION } from '../../adapters/shared/envelope.js';
import { templatePath } from '../../adapters/shared/paths.js';
import { SUBJECT } from './subject-fixture.js';

describe('evidence envelope', () => {
  it('names the template adapter and version, and ids carry the commit', () => {
    const document = envelope({
      kind: 'release-status',
      adapter: 'staging-smoke',
      subject: SUBJECT,
      generatedAt: 'T',
      name: 'staging-smoke',
    });
    expect(document).toEqual({
      contract: 'release-evidence/v1',
      kind: 'release-status',
      id: 'staging-smoke-aaaaaaaaaaaa',
      generatedAt: 'T',
      subject: SUBJECT,
      producer: { adapter: 'staging-smoke', version: TEMPLATE_VERSION },
    });
  });
  it('keeps the producer version in step with package.json', () => {
    expect(readJsonFile<{ version: string }>(templatePath('package.json')).version).toBe(TEMPLATE_VERSION);
  });
});
