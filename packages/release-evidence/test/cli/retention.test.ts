import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

// The built scanner, as the CLI's workers run it (pnpm build writes dist/; verify:local builds first).
const PRIVACY = fileURLToPath(new URL('../../dist/privacy.mjs', import.meta.url));

// Scans `files` distinct documents of about 512 KB, each with one distinct short finding, on a thread whose heap is
// capped far below what they add up to: the scanner may keep what it learnt (its caches), never the texts themselves.
const SCAN_MANY = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.privacy).then(({ scanText }) => {
  const pad = 'x'.repeat(512 * 1024);
  let findings = 0;
  for (let index = 0; index < workerData.files; index++) {
    const id = [8, 4, 4, 4, 12].map((length, part) => (index * 7919 + part).toString(16).padStart(length, '0').slice(-length)).join('-');
    findings += scanText(JSON.stringify({ note: id, pad: pad + index })).findings.length;
  }
  parentPort.postMessage(findings);
});
`;

function scanOnSmallHeap(files: number): Promise<{ findings?: number; failed?: string }> {
  return new Promise((done) => {
    const worker = new Worker(SCAN_MANY, {
      eval: true,
      workerData: { privacy: PRIVACY, files },
      resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 },
    });
    worker.once('message', (findings: number) => done({ findings }));
    worker.once('error', (error: Error & { code?: string }) => done({ failed: error.code ?? error.name }));
  });
}

describe('a scanner over many files', () => {
  it('keeps no file text alive through what it caches (80 files of 512 KB on a 24 MB heap)', async () => {
    expect(await scanOnSmallHeap(80)).toEqual({ findings: 80 });
  });
});
