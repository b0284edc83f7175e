import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonStream } from '../../adapters/recorded/json-input.js';
import { readRecordedInputs } from '../../adapters/recorded/layout.js';
import { MAIN_INPUTS } from './recorded-inputs.js';

/** The main recording with one file replaced by `text`. */
function withFile(file: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'ai-media-hostile-'));
  cpSync(MAIN_INPUTS, folder, { recursive: true });
  writeFileSync(join(folder, file), text);
  return folder;
}

const problemOf = (folder: string): string => {
  try {
    readRecordedInputs(folder);
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
  return 'no problem';
};

describe('recorded input layout', () => {
  it('reads the main recording', () => {
    const inputs = readRecordedInputs(MAIN_INPUTS);
    expect(inputs.after.github).toMatchObject({ complete: true });
    expect(inputs.after.github.secrets.map((secret) => secret.name)).toEqual([
      'CLOUDFLARE_ACCOUNT_ID',
      'CLOUDFLARE_API_TOKEN',
    ]);
    expect(inputs.inventory.version.bindings.find((binding) => binding.name === 'DB')?.target).toMatch(/d101$/);
  });

  it.each([
    ['wrangler-versions-view.json', '{"resources":[]}', 'has no "resources"'],
    ['wrangler-versions-view.json', '[{"type":"d1","name":"DB"}]', 'is not a wrangler version'],
    ['before/wrangler-secret-list.json', '{"result":[]}', 'is not a wrangler secret list'],
    ['after/github-actions-secrets.json', '[{"name":"A"}]', 'a page has no numeric "total_count"'],
    ['r2-buckets.json', '{"buckets":[]}', 'is neither an R2 bucket list response nor r2 bucket info outputs'],
    ['wrangler-d1-list.json', '[{"name":"db","uuid":1}]', 'an entry has no string "uuid"'],
    ['wrangler-kv-namespace-list.json', '{"a":', 'is not JSON'],
  ])('names %s when it holds %s, without a TypeError or its contents', (file, text, reason) => {
    const problem = problemOf(withFile(file, text));
    expect(problem).toBe(`InputProblem: ${file}: ${reason}`);
  });

  it('names a missing snapshot folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ai-media-empty-'));
    expect(problemOf(folder)).toBe('InputProblem: before/: is missing: a rotation needs both snapshots');
  });

  it('splits the pages gh api --paginate prints back to back, braces inside strings included', () => {
    expect(parseJsonStream('{"a":"}{"}\n{"b":[1]} ', 'f')).toEqual([{ a: '}{' }, { b: [1] }]);
    expect(() => parseJsonStream('{"a":1} x', 'f')).toThrow('f: is not a JSON document or a stream of them');
  });
});
