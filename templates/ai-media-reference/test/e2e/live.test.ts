import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templatePath } from '../../adapters/shared/paths.js';
import { collect, pinned } from './collect-cli.js';

/**
 * Live mode against fake `wrangler` and `gh` put first on PATH. Each fake logs its exact argv and prints the recorded,
 * real-shaped output mapped to that argv, so both the command lines and the parsing are tested without a network.
 */
const scratch = mkdtempSync(join(tmpdir(), 'ai-media-live-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const inputs = templatePath('fixtures', 'recorded-inputs');
const bin = join(scratch, 'bin');
const log = join(scratch, 'argv.log');

const FAKE = `#!/usr/bin/env node
const { appendFileSync, readFileSync } = require('node:fs');
const argv = [require('node:path').basename(process.argv[1]), ...process.argv.slice(2)];
appendFileSync(process.env.FAKE_TOOL_LOG, JSON.stringify(argv) + '\\n');
const answer = JSON.parse(process.env.FAKE_TOOL_ANSWERS)[argv.join(' ')];
if (!answer) { process.stderr.write('unexpected call\\n'); process.exit(1); }
process.stdout.write(readFileSync(answer));
`;
mkdirSync(bin, { recursive: true });
for (const tool of ['wrangler', 'gh']) {
  writeFileSync(join(bin, tool), FAKE, { flag: 'w' });
  chmodSync(join(bin, tool), 0o755);
}

const SNAPSHOT = (phase: string) => ({
  'wrangler secret list --env production --format json': join(inputs, phase, 'wrangler-secret-list.json'),
  'wrangler versions list --env production --json': join(inputs, phase, 'wrangler-versions-list.json'),
  'gh api --paginate repos/example-org/ai-media-reference/actions/secrets?per_page=100': join(
    inputs,
    phase,
    'github-actions-secrets.json',
  ),
});
const bucketInfo = join(scratch, 'bucket-info.json');
const info = JSON.parse(
  readFileSync(templatePath('fixtures', 'recorded-input-variants', 'r2-bucket-info', 'r2-buckets.json'), 'utf8'),
)[0];
writeFileSync(bucketInfo, `${JSON.stringify(info, null, 2)}\n`);
const INVENTORY = {
  'wrangler deployments status --env production --json': join(inputs, 'wrangler-deployments-status.json'),
  'wrangler versions view 40000000-0000-4000-8000-000000000004 --env production --json': join(
    inputs,
    'wrangler-versions-view.json',
  ),
  'wrangler d1 list --json': join(inputs, 'wrangler-d1-list.json'),
  'wrangler kv namespace list': join(inputs, 'wrangler-kv-namespace-list.json'),
  'wrangler r2 bucket info ai-media-reference-media --json': bucketInfo,
};

function runLive(args: readonly string[], answers: Record<string, string>) {
  rmSync(log, { force: true });
  const env = {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH}`,
    FAKE_TOOL_LOG: log,
    FAKE_TOOL_ANSWERS: JSON.stringify(answers),
  };
  const result = collect(args, env);
  const calls = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as string[]).join(' '));
  return { ...result, calls };
}

describe('collect --live with fake wrangler and gh first on PATH', () => {
  const root = join(scratch, 'recorded');
  it('records a before snapshot with the exact commands, then after and the inventory, and builds evidence', () => {
    const before = runLive(
      ['--live', '--snapshot', 'before', '--record-root', root, '--now', '2026-11-20T00:00:00Z'],
      SNAPSHOT('before'),
    );
    expect(before.status).toBe(0);
    expect(before.calls).toEqual(Object.keys(SNAPSHOT('before')));
    const beforeDir = before.stdout.trim();
    expect(readdirSync(join(beforeDir, 'before')).sort()).toEqual([
      'github-actions-secrets.json',
      'wrangler-secret-list.json',
      'wrangler-versions-list.json',
    ]);

    const out = join(scratch, 'out');
    const after = runLive(['--live', '--before', beforeDir, '--out', out, '--record-root', root, ...pinned], {
      ...SNAPSHOT('after'),
      ...INVENTORY,
    });
    expect(after.stderr).not.toContain('collect:');
    expect(after.status).toBe(0);
    expect(after.calls).toEqual([...Object.keys(SNAPSHOT('after')), ...Object.keys(INVENTORY)]);

    // The raw outputs are recorded in the same layout, byte for byte, and the evidence is built from them.
    const recordings = readdirSync(root).sort();
    expect(recordings).toHaveLength(2);
    const recordedDir = join(root, recordings[1] as string);
    for (const file of ['after/github-actions-secrets.json', 'wrangler-versions-view.json', 'wrangler-d1-list.json']) {
      expect(readFileSync(join(recordedDir, file), 'utf8'), file).toBe(readFileSync(join(inputs, file), 'utf8'));
    }
    expect(JSON.parse(readFileSync(join(recordedDir, 'r2-buckets.json'), 'utf8'))).toEqual([info]);
    const resources = JSON.parse(readFileSync(join(out, 'evidence', 'production-resources.json'), 'utf8'));
    expect(resources.resources.map((entry: { status: string }) => entry.status)).toEqual(['ready', 'ready', 'ready']);
    expect(resources.extensions).toEqual({ 'x-inventory': 'live' });
    const receipt = JSON.parse(readFileSync(join(out, 'evidence', 'secret-rotation.json'), 'utf8'));
    const recorded = JSON.parse(
      readFileSync(templatePath('fixtures', 'recorded', 'evidence', 'secret-rotation.json'), 'utf8'),
    );
    expect(receipt.secrets).toEqual(recorded.secrets);
  });

  it('exits 2 naming the command when a tool fails, without its output', () => {
    const failed = runLive(['--live', '--snapshot', 'before', '--record-root', join(scratch, 'failing')], {});
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('"wrangler secret list" failed');
    expect(failed.stderr).not.toContain('unexpected call');
  });
});
