import { validateDocument } from '@cloudflare-saas-core/release-evidence';
import { describe, expect, it } from 'vitest';
import { readRecordedInputs } from '../../adapters/recorded/layout.js';
import { replayAt } from '../../adapters/recorded/replay.js';
import { buildRotationReceipt } from '../../adapters/secret-rotation.js';
import { loadReleaseConfig, type ReleaseConfig } from '../../adapters/shared/config.js';
import { MAIN_INPUTS, readVariant } from './recorded-inputs.js';
import { SUBJECT } from './subject-fixture.js';

const config = loadReleaseConfig();
const at = { generatedAt: '2026-11-25T10:00:00Z', checkedAt: '2026-11-25T10:00:00Z' };
const main = readRecordedInputs(MAIN_INPUTS);
const byName = (result: ReturnType<typeof buildRotationReceipt>, name: string) =>
  result.receipt?.secrets.find((secret) => secret.name === name);

describe('secret-rotation adapter on recorded wrangler and GitHub output', () => {
  it('proves each rotation from versions list, paged REST pages and their before snapshots', () => {
    const result = buildRotationReceipt(config, SUBJECT, main, at);
    expect(result.problems).toEqual([]);
    expect(result.receipt?.preflight).toEqual({ status: 'passed', checkedAt: at.checkedAt });
    expect(result.receipt?.secrets).toEqual([
      {
        name: 'CLOUDFLARE_ACCOUNT_ID',
        store: 'github-actions',
        before: null,
        after: { updatedAt: '2026-11-24T10:06:30Z' },
        preflight: 'passed',
        nextSafeCommand: 'gh secret list',
      },
      {
        name: 'CLOUDFLARE_API_TOKEN',
        store: 'github-actions',
        before: { updatedAt: '2026-08-03T09:20:00Z' },
        after: { updatedAt: '2026-11-24T10:06:02Z' },
        preflight: 'passed',
        nextSafeCommand: 'gh secret list',
      },
      {
        name: 'IMAGE_PROVIDER_TOKEN',
        store: 'worker-secret',
        before: { updatedAt: '2026-08-03T09:12:40.000000Z' },
        after: { updatedAt: '2026-11-24T10:05:11.000000Z' },
        preflight: 'passed',
        nextSafeCommand: 'wrangler secret list --env production',
      },
    ]);
    expect(validateDocument(result.receipt).errors).toEqual([]);
  });

  it('fails the preflight of a present secret with no provable rotation time, and never calls it missing', () => {
    const result = buildRotationReceipt(config, SUBJECT, readVariant('secret-without-rotation-time'), at);
    expect(result.problems).toEqual([]);
    expect(byName(result, 'IMAGE_PROVIDER_TOKEN')).toMatchObject({
      preflight: 'failed',
      after: { updatedAt: at.checkedAt },
    });
    expect(result.receipt?.preflight.status).toBe('failed');
    expect(result.receipt?.extensions?.['x-preflight-failures']).toEqual([
      {
        name: 'IMAGE_PROVIDER_TOKEN',
        store: 'worker-secret',
        reason: 'rotation-time-unprovable',
        detail: 'a later secret-change version in wrangler versions list does not name its secret',
      },
    ]);
    expect(validateDocument(result.receipt).errors).toEqual([]);
  });

  it('counts a `secret_key` as a secret', () => {
    const result = buildRotationReceipt(config, SUBJECT, readVariant('secret-key'), at);
    expect(byName(result, 'IMAGE_PROVIDER_TOKEN')?.preflight).toBe('passed');
  });

  it('reads `gh secret list --json name,updatedAt` like the REST pages', () => {
    const gh = buildRotationReceipt(config, SUBJECT, readVariant('gh-secret-list'), at);
    expect(gh.receipt?.secrets).toEqual(buildRotationReceipt(config, SUBJECT, main, at).receipt?.secrets);
  });

  it('does not call a secret missing when the REST pages hold fewer secrets than total_count', () => {
    const incomplete = {
      ...main,
      after: { ...main.after, github: { secrets: main.after.github.secrets.slice(1), complete: false } },
    };
    const result = buildRotationReceipt(config, SUBJECT, incomplete, at);
    expect(result.problems).toEqual([
      {
        name: 'CLOUDFLARE_ACCOUNT_ID',
        store: 'github-actions',
        problem: 'not-recorded',
        reason: 'the recorded pages hold fewer secrets than total_count',
      },
    ]);
  });

  it('reads the Secrets Store list and environment secrets', () => {
    const wider: ReleaseConfig = {
      ...config,
      secrets: [
        { name: 'PROVIDER_SIGNING_KEY', store: 'secrets-store' },
        { name: 'DEPLOY_HOOK_TOKEN', store: 'github-environment', environment: 'production' },
      ],
    };
    const result = buildRotationReceipt(
      wider,
      SUBJECT,
      readVariant('secrets-store-and-environment', ['production']),
      at,
    );
    expect(
      result.receipt?.secrets.map((secret) => [
        secret.store,
        secret.name,
        secret.before?.updatedAt,
        secret.after.updatedAt,
      ]),
    ).toEqual([
      ['github-environment', 'DEPLOY_HOOK_TOKEN', '2026-08-03T09:25:00Z', '2026-11-24T10:06:45Z'],
      ['secrets-store', 'PROVIDER_SIGNING_KEY', '2026-08-03T09:30:00Z', '2026-11-24T10:07:00Z'],
    ]);
    expect(result.receipt?.secrets[0]?.nextSafeCommand).toBe('gh secret list --env production');
  });

  it('reports a secret absent after the sync as missing, and an unchanged one as not rotated', () => {
    const gone = { ...main, after: { ...main.after, workerSecrets: [] } };
    expect(buildRotationReceipt(config, SUBJECT, gone, at).problems).toEqual([
      { name: 'IMAGE_PROVIDER_TOKEN', store: 'worker-secret', problem: 'missing' },
    ]);
    const same = { ...main, after: main.before };
    expect(buildRotationReceipt(config, SUBJECT, same, at).problems.map((problem) => problem.problem)).toContain(
      'not-rotated',
    );
  });

  it('moves time only when asked, keeping the gaps', () => {
    const moved = replayAt(main, new Date('2026-12-01T00:00:00Z'));
    const result = buildRotationReceipt(config, SUBJECT, moved, {
      generatedAt: '2026-12-01T01:00:00Z',
      checkedAt: '2026-12-01T01:00:00Z',
    });
    const times = result.receipt?.secrets.map((secret) => secret.after.updatedAt);
    // The newest recorded time (the deploy at 10:20:00) lands at the replay time.
    expect(times).toEqual(['2026-11-30T23:46:30.000Z', '2026-11-30T23:46:02.000Z', '2026-11-30T23:45:11.000Z']);
  });
});
