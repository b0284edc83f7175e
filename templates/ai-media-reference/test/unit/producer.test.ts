import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../adapters/shared/config.js';
import { templatePath } from '../../adapters/shared/paths.js';
import { producerOf, TEMPLATE_VERSION } from '../../adapters/shared/producer.js';

describe('producer', () => {
  it('names the template adapter and version', () => {
    expect(producerOf('staging-smoke')).toEqual({ adapter: 'staging-smoke', version: TEMPLATE_VERSION });
  });
  it('keeps the producer version in step with package.json', () => {
    expect(readJsonFile<{ version: string }>(templatePath('package.json')).version).toBe(TEMPLATE_VERSION);
  });
});
