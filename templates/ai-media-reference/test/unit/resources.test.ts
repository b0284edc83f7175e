import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../adapters/resource-inventory.js';
import { buildResourceEvidence, judgeResource } from '../../adapters/resources.js';
import { loadReleaseConfig, loadWranglerConfig, readJsonFile } from '../../adapters/shared/config.js';
import { templatePath } from '../../adapters/shared/paths.js';
import { SUBJECT } from './subject-fixture.js';

const recorded = (name: string) => readJsonFile<never>(templatePath('fixtures', 'inventory', name));
const inventory: Inventory = {
  d1: recorded('d1-list.json'),
  r2: recorded('r2-bucket-list.json'),
  kv: recorded('kv-namespace-list.json'),
  workerSettings: recorded('worker-settings.json'),
};
const config = loadReleaseConfig();
const wrangler = loadWranglerConfig();
const resource = (label: string) => {
  const found = config.resources.find((entry) => entry.label === label);
  if (!found) throw new Error(label);
  return found;
};

describe('resources adapter', () => {
  it('reports every resource ready against the recorded inventory, with labels and no raw ids', () => {
    const document = buildResourceEvidence(config, wrangler, inventory, SUBJECT, '2026-11-25T10:00:00Z');
    expect(document.resources).toEqual([
      { type: 'd1', label: 'primary-db', binding: 'DB', status: 'ready', checkedAt: '2026-11-25T10:00:00Z' },
      { type: 'kv', label: 'rate-limits', binding: 'RATE_LIMITS', status: 'ready', checkedAt: '2026-11-25T10:00:00Z' },
      { type: 'r2', label: 'media', binding: 'MEDIA', status: 'ready', checkedAt: '2026-11-25T10:00:00Z' },
    ]);
    const text = JSON.stringify(document);
    for (const raw of ['00000000-0000-4000-8000', 'c0de', 'ai-media-reference-db', 'ai-media-reference-media']) {
      expect(text).not.toContain(raw);
    }
  });
  it('never reports config alone as ready', () => {
    expect(judgeResource(resource('primary-db'), wrangler, {}).status).toBe('pending');
    expect(judgeResource(resource('media'), wrangler, { r2: inventory.r2 }).status).toBe('pending');
  });
  it('reports a resource absent from the inventory as missing', () => {
    expect(judgeResource(resource('primary-db'), wrangler, { ...inventory, d1: [] }).status).toBe('missing');
    const r2 = { result: { buckets: [{ name: 'other-bucket' }] } };
    expect(judgeResource(resource('media'), wrangler, { ...inventory, r2 }).status).toBe('missing');
  });
  it('reports a binding that differs as drifted', () => {
    const bindings = inventory.workerSettings?.result.bindings ?? [];
    const elsewhere = bindings.map((binding) =>
      binding.name === 'DB' ? { ...binding, id: 'another-database' } : binding,
    );
    expect(
      judgeResource(resource('primary-db'), wrangler, {
        ...inventory,
        workerSettings: { result: { bindings: elsewhere } },
      }),
    ).toEqual({
      status: 'drifted',
      detail: 'the deployed binding points elsewhere',
    });
    const without = bindings.filter((binding) => binding.name !== 'RATE_LIMITS');
    expect(
      judgeResource(resource('rate-limits'), wrangler, {
        ...inventory,
        workerSettings: { result: { bindings: without } },
      }).status,
    ).toBe('drifted');
    const renamed = {
      ...wrangler,
      env: { production: { ...wrangler.env?.production, r2_buckets: [{ binding: 'MEDIA', bucket_name: 'x' }] } },
    };
    expect(judgeResource(resource('media'), renamed, inventory).status).toBe('drifted');
  });
});
