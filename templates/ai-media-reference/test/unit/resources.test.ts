import { describe, expect, it } from 'vitest';
import { readRecordedInputs } from '../../adapters/recorded/layout.js';
import { buildResourceEvidence, judgeResource } from '../../adapters/resources.js';
import { loadReleaseConfig, loadWranglerConfig } from '../../adapters/shared/config.js';
import { MAIN_INPUTS, readVariant } from './recorded-inputs.js';
import { SUBJECT } from './subject-fixture.js';

const config = loadReleaseConfig();
const wrangler = loadWranglerConfig();
const { inventory } = readRecordedInputs(MAIN_INPUTS);
const resource = (label: string) => {
  const found = config.resources.find((entry) => entry.label === label);
  if (!found) throw new Error(label);
  return found;
};
const statuses = (doc: ReturnType<typeof buildResourceEvidence>) =>
  doc.resources.map((entry) => `${entry.type}/${entry.label}:${entry.status}`);
const at = '2026-11-25T10:00:00Z';

describe('resources adapter on recorded wrangler output', () => {
  it('reports every resource ready, with labels and no raw ids', () => {
    const document = buildResourceEvidence(config, wrangler, inventory, SUBJECT, at);
    expect(document.resources).toEqual([
      { type: 'd1', label: 'primary-db', binding: 'DB', status: 'ready', checkedAt: at },
      { type: 'kv', label: 'rate-limits', binding: 'RATE_LIMITS', status: 'ready', checkedAt: at },
      { type: 'r2', label: 'media', binding: 'MEDIA', status: 'ready', checkedAt: at },
    ]);
    const text = JSON.stringify(document);
    for (const raw of ['00000000-0000-4000-8000', 'c0de', 'ai-media-reference-db', 'ai-media-reference-media']) {
      expect(text).not.toContain(raw);
    }
  });
  it('reads a D1 binding by its deprecated `id` as well as by `database_id`', () => {
    const document = buildResourceEvidence(config, wrangler, readVariant('d1-binding-id').inventory, SUBJECT, at);
    expect(statuses(document)).toContain('d1/primary-db:ready');
  });
  it('reads R2 from `wrangler r2 bucket info --json` outputs as well as from the API list', () => {
    const document = buildResourceEvidence(config, wrangler, readVariant('r2-bucket-info').inventory, SUBJECT, at);
    expect(statuses(document)).toEqual(['d1/primary-db:ready', 'kv/rate-limits:ready', 'r2/media:ready']);
  });
  it('is pending while traffic is split, or when the viewed version is not the deployed one', () => {
    const split = {
      ...inventory,
      deployment: { versions: [...inventory.deployment.versions, { versionId: 'x', percentage: 0 }] },
    };
    expect(judgeResource(resource('primary-db'), wrangler, split)).toEqual({
      status: 'pending',
      detail: 'traffic is split between versions',
    });
    const other = { ...inventory, version: { ...inventory.version, id: 'another' } };
    expect(judgeResource(resource('media'), wrangler, other).status).toBe('pending');
  });
  it('reports a resource absent from the inventory as missing, and a retargeted binding as drifted', () => {
    expect(judgeResource(resource('primary-db'), wrangler, { ...inventory, d1: [] }).status).toBe('missing');
    const bindings = inventory.version.bindings.map((binding) =>
      binding.name === 'MEDIA' ? { ...binding, target: 'another-bucket' } : binding,
    );
    const moved = { ...inventory, version: { ...inventory.version, bindings } };
    expect(judgeResource(resource('media'), wrangler, moved)).toEqual({
      status: 'drifted',
      detail: 'the deployed binding points elsewhere',
    });
  });
});
