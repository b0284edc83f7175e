import { describe, expect, test } from 'vitest';
import { productionResourceReady } from './production-resource-ready.js';
import { HEADER, issueCodes } from './test-header.js';

describe('productionResourceReady', () => {
  test('sorts by type then label and defaults checkedAt to generatedAt', () => {
    const doc = productionResourceReady({
      ...HEADER,
      environment: 'production',
      resources: [
        { type: 'r2', label: 'media', binding: 'MEDIA', status: 'ready' },
        { type: 'd1', label: 'primary-db', binding: 'DB', status: 'drifted', detail: 'points elsewhere' },
        { type: 'd1', label: 'audit-db', status: 'missing', checkedAt: '2026-11-25T11:00:00Z' },
      ],
    });
    expect(doc.resources.map((resource) => `${resource.type}/${resource.label}`)).toEqual([
      'd1/audit-db',
      'd1/primary-db',
      'r2/media',
    ]);
    expect(doc.resources.map((resource) => resource.checkedAt)).toEqual([
      '2026-11-25T11:00:00Z',
      HEADER.generatedAt,
      HEADER.generatedAt,
    ]);
    expect(doc.resources[0]).not.toHaveProperty('binding');
    expect(issueCodes(doc)).toEqual([]);
  });
});
