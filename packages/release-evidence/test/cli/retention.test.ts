import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

// The built scanner, as the CLI's workers run it (pnpm build writes dist/; verify:local builds first).
const PRIVACY = fileURLToPath(new URL('../../dist/privacy.mjs', import.meta.url));

// Scans `files` distinct documents of about 512 KB, each with one distinct short finding under a long member name, on
// a thread whose heap is capped far below what they add up to, and keeps every result (findings and withheld values),
// as a caller may: neither the scanner's caches nor its results may keep the texts themselves alive.
const SCAN_MANY = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.privacy).then(({ scanText }) => {
  const pad = 'x'.repeat(512 * 1024);
  const results = [];
  for (let index = 0; index < workerData.files; index++) {
    const id = [8, 4, 4, 4, 12].map((length, part) => (index * 7919 + part).toString(16).padStart(length, '0').slice(-length)).join('-');
    const result = scanText(JSON.stringify({ deploymentNotes: { note: id }, pad: pad + index }));
    results.push({ findings: result.findings, withheld: result.withheld });
  }
  parentPort.postMessage(results.reduce((sum, result) => sum + result.findings.length, 0));
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
  it('keeps no file text alive through what it caches or returns (80 files of 512 KB on a 24 MB heap)', async () => {
    expect(await scanOnSmallHeap(80)).toEqual({ findings: 80 });
  });
});
