import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate secret-rotation', () => {
  it("passes a production receipt whose preflights passed, aged from each secret's after.updatedAt", () => {
    expect(runGate('secret-rotation')).toEqual({
      failures: [],
      ageFrom: ['2026-11-19T11:00:00Z', '2026-11-19T11:05:00Z'],
    });
  });

  it('names each secret whose preflight did not pass, with its store', () => {
    const run = runGate('secret-rotation', (doc) => {
      doc.secrets[1].preflight = 'failed';
      doc.preflight.status = 'failed';
    });
    const args = { id: 'production-secret-rotation', secret: 'SESSION_SIGNING_KEY', store: 'secrets-store' };
    expect(run.failures).toEqual([problem('preflight-not-passed', args, '/secrets/1/preflight')]);
  });

  it('counts a skipped preflight as not passed', () => {
    expect(codesOf(runGate('secret-rotation', (doc) => (doc.secrets[0].preflight = 'skipped')))).toEqual([
      'preflight-not-passed',
    ]);
  });

  it('fails a receipt for staging: it does not serve a production gate', () => {
    const run = runGate('secret-rotation', (doc) => {
      doc.environment = 'staging';
    });
    expect(run.failures).toEqual([problem('wrong-environment', { id: 'production-secret-rotation' }, '/environment')]);
  });
});
