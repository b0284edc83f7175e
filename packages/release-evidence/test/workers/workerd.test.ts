import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSamples } from '../samples/index.js';
import { runPortableSuite, type SuiteInputs } from './portable-suite.js';

/**
 * Workers portability (issue #5): the core, bundled for platform 'neutral', runs in workerd via Miniflare, where code
 * generation from strings is disallowed as in production, and gives byte-identical results to Node.
 */
const here = dirname(fileURLToPath(import.meta.url));
const NOW = '2026-11-20T12:00:00.000Z';
let miniflare: Miniflare;

function suiteInputs(): SuiteInputs {
  const samples = buildSamples(NOW);
  // A leaking copy of the staging status: a token-shaped detail assembled at run time, never committed as a literal.
  const token = ['gh', 'p_', 'Zq7Xw2Lm9Rt4Vb8Nc3Kd6Hf1Jp5Sy0Ga2Ue8'].join('');
  const leaking = {
    ...samples.staging,
    id: 'staging-leak',
    checks: [{ name: 'smoke', status: 'passed', detail: `auth ${token}` }],
    summary: { passed: 1, failed: 0, skipped: 0 },
    conclusion: 'success',
  };
  const invalid = { ...samples.source, id: 'source-invalid', unexpected: true };
  const evidence = [
    samples.source,
    samples.staging,
    samples.rotation,
    samples.resources,
    samples.approval,
    samples.canary,
    samples.imageSafety,
  ];
  const texts = [samples.candidate, ...evidence, leaking, invalid].map((document) => JSON.stringify(document, null, 2));
  return { texts, now: NOW };
}

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(here, 'worker-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  miniflare = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-20', host: '127.0.0.1', port: 0 });
  await miniflare.ready;
});

afterAll(async () => {
  await miniflare?.dispose();
});

describe('the core inside workerd', () => {
  it('refuses code generation from strings there, as production Workers do', async () => {
    const response = await miniflare.dispatchFetch('http://localhost/eval-probe');
    expect(await response.text()).toBe('refused:EvalError');
  });

  it('gives byte-identical validate, scan, readiness and packet results to Node', async () => {
    const inputs = suiteInputs();
    const inNode = await runPortableSuite(inputs);
    const response = await miniflare.dispatchFetch('http://localhost/', {
      method: 'POST',
      body: JSON.stringify(inputs),
    });
    expect(response.status).toBe(200);
    const inWorkerd = await response.text();
    expect(inWorkerd).toBe(inNode);

    const results = JSON.parse(inNode) as {
      validate: { ok: boolean }[];
      scan: { ok: boolean }[];
      readiness: { verdict: string };
      packet: { packetDigest: string; artifacts: { digest: string }[] };
    };
    // The run covered what it claims: valid documents, a privacy finding, a schema error, a verdict and digests.
    // Nine clean samples, then one schema error (validate) and one privacy finding (scan).
    expect(results.validate.map((result) => result.ok)).toEqual([...Array(9).fill(true), false]);
    expect(results.scan.map((result) => result.ok)).toEqual([...Array(8).fill(true), false, true]);
    expect(results.readiness.verdict).toBe('blocked');
    expect(results.packet.packetDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(results.packet.artifacts.length).toBeGreaterThan(0);
  });

  it('gives a ready verdict in both runtimes for clean evidence', async () => {
    const inputs = suiteInputs();
    const clean = { ...inputs, texts: inputs.texts.slice(0, 8) };
    const response = await miniflare.dispatchFetch('http://localhost/', {
      method: 'POST',
      body: JSON.stringify(clean),
    });
    const inWorkerd = await response.text();
    expect(inWorkerd).toBe(await runPortableSuite(clean));
    expect((JSON.parse(inWorkerd) as { readiness: { verdict: string } }).readiness.verdict).toBe('ready');
  });
});
