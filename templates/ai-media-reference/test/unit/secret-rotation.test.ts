import { describe, expect, it } from 'vitest';
import { buildRotationReceipt } from '../../adapters/secret-rotation.js';
import {
  type GithubSecretList,
  readSnapshots,
  replayAt,
  type WranglerSecretList,
} from '../../adapters/secret-snapshot.js';
import { loadReleaseConfig, readJsonFile } from '../../adapters/shared/config.js';
import { templatePath } from '../../adapters/shared/paths.js';
import { SUBJECT } from './subject-fixture.js';

const snapshot = (phase: string) =>
  readSnapshots({
    wrangler: readJsonFile<WranglerSecretList>(templatePath('fixtures', 'secrets', phase, 'wrangler-secret-list.json')),
    github: readJsonFile<GithubSecretList>(templatePath('fixtures', 'secrets', phase, 'github-actions-secrets.json')),
  });
const config = loadReleaseConfig();
const input = {
  before: snapshot('before'),
  after: snapshot('after'),
  checkedAt: '2026-11-25T10:00:00Z',
  replayed: false,
};

describe('secret-rotation adapter', () => {
  it('builds a receipt from the recorded wrangler and GitHub list shapes', () => {
    const { receipt, problems } = buildRotationReceipt(config, SUBJECT, '2026-11-25T10:00:00Z', input);
    expect(problems).toEqual([]);
    expect(receipt).toMatchObject({
      kind: 'secret-rotation-receipt',
      environment: 'production',
      preflight: { status: 'passed' },
    });
    expect(receipt?.secrets).toEqual([
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
        before: { updatedAt: '2026-08-03T09:12:40Z' },
        after: { updatedAt: '2026-11-24T10:05:11Z' },
        preflight: 'passed',
        nextSafeCommand: 'wrangler secret list --env production',
      },
    ]);
  });
  it('leaves out unrotated and missing secrets and reports them', () => {
    const after = input.after.filter((entry) => entry.name !== 'CLOUDFLARE_ACCOUNT_ID');
    const { receipt, problems } = buildRotationReceipt(config, SUBJECT, '2026-11-25T10:00:00Z', {
      ...input,
      after: after.map((entry) =>
        entry.name === 'IMAGE_PROVIDER_TOKEN' ? { ...entry, updatedAt: '2026-08-03T09:12:40Z' } : entry,
      ),
    });
    expect(problems).toEqual([
      { name: 'IMAGE_PROVIDER_TOKEN', store: 'worker-secret', problem: 'not-rotated' },
      { name: 'CLOUDFLARE_ACCOUNT_ID', store: 'github-actions', problem: 'missing' },
    ]);
    expect(receipt?.secrets).toHaveLength(1);
  });
  it('fails preflight when a store holds the name as plain text', () => {
    const after = input.after.map((entry) => (entry.store === 'worker-secret' ? { ...entry, isSecret: false } : entry));
    const { receipt } = buildRotationReceipt(config, SUBJECT, '2026-11-25T10:00:00Z', { ...input, after });
    expect(receipt?.preflight).toEqual({ status: 'failed', checkedAt: '2026-11-25T10:00:00Z' });
  });
  it('replays snapshots with one shift, keeping their order and gaps', () => {
    const [before = [], after = []] = replayAt(
      [input.before, input.after],
      new Date('2027-06-01T00:00:00Z'),
      3_600_000,
    );
    const newest = Math.max(...after.map((entry) => Date.parse(entry.updatedAt)));
    expect(new Date(newest).toISOString()).toBe('2027-05-31T23:00:00.000Z');
    const gap = (list: typeof before, name: string) =>
      Date.parse(list.find((entry) => entry.name === name)?.updatedAt ?? '');
    expect(gap(after, 'IMAGE_PROVIDER_TOKEN') - gap(before, 'IMAGE_PROVIDER_TOKEN')).toBe(
      Date.parse('2026-11-24T10:05:11Z') - Date.parse('2026-08-03T09:12:40Z'),
    );
  });
  it('never copies anything but names and timestamps from the stores', () => {
    const { receipt } = buildRotationReceipt(config, SUBJECT, '2026-11-25T10:00:00Z', input);
    expect(JSON.stringify(receipt)).not.toMatch(/secret_text|created_at|modified_on/);
  });
});
