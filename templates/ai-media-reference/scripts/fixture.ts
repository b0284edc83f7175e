import { join } from 'node:path';
import { buildExtractionFixture } from '../adapters/extraction-fixture.js';
import { readJsonFile } from '../adapters/shared/config.js';
import { templatePath } from '../adapters/shared/paths.js';
import { readJsonFolder, writeJson } from './files.js';
import { packageRoot, releaseEvidence } from './release-evidence-cli.js';

/**
 * Writes the template's own extraction-fixture from its recorded evidence (committed, with its pinned `now`) and runs
 * `check-fixture` on it and on the core fixture, both with the template's identity terms.
 */
const RECORDED = templatePath('fixtures', 'recorded');
const IDENTITY_TERMS = templatePath('identity-terms.txt');

function check(label: string, path: string): boolean {
  const result = releaseEvidence(['check-fixture', path, '--identity-terms', IDENTITY_TERMS]);
  process.stderr.write(result.stderr);
  process.stdout.write(`${result.status === 0 ? 'ok  ' : 'FAIL'} check-fixture ${label} (exit ${result.status})\n`);
  process.stdout.write(result.stdout);
  return result.status === 0;
}

function main(): number {
  const { now } = readJsonFile<{ now: string }>(join(RECORDED, 'now.json'));
  const fixture = buildExtractionFixture({
    candidate: readJsonFile(join(RECORDED, 'release-candidate.json')),
    evidence: readJsonFolder(join(RECORDED, 'evidence')),
    now,
  });
  const fixturePath = templatePath('evidence-out', 'ai-media-reference.extraction-fixture.json');
  writeJson(fixturePath, fixture);
  const results = [
    check('template fixture', fixturePath),
    check('core fixture', join(packageRoot(), 'fixtures', 'ops-release-evidence.core-fixture.json')),
  ];
  return results.every(Boolean) ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`fixture failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  process.exitCode = 2;
}
